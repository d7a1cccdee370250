import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { leonarSourcingRequestAllPages } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { DATA_TYPES } from '../enrichment/fields';
import { filterReader, listField, SIMPLE_PROFILE_FIELDS, simplifyProfiles } from './fields';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each profile this search returns costs 1 sourcing credit. Use a small Limit; Return All can spend many credits.',
		name: 'creditNotice',
		type: 'notice',
		default: '',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			listField('Companies', 'companies', 'People at any of these companies'),
			{
				displayName: 'Company Filter',
				name: 'companyFilter',
				type: 'options',
				options: [
					{ name: 'Any', value: 'any', description: 'Current or past company' },
					{ name: 'Current', value: 'current', description: 'The company they work at now' },
					{ name: 'Past', value: 'past', description: 'A company they worked at before' },
				],
				default: 'current',
				description: 'Which employer the Companies filter looks at',
			},
			listField('Job Titles', 'jobTitles', 'People with any of these job titles'),
			listField('Locations', 'locations', 'Free-text locations, e.g. Paris, France'),
			listField('Skills', 'skills', 'People with any of these skills'),
		],
	},
	{
		displayName: 'Reveal Contact Info',
		name: 'revealInfo',
		type: 'boolean',
		default: false,
		description: 'Whether to return emails or phone numbers with each profile',
	},
	{
		displayName: 'Data Types',
		name: 'dataTypes',
		type: 'multiOptions',
		options: DATA_TYPES,
		default: ['work_email'],
		description: 'Which contact info to reveal',
		displayOptions: { show: { revealInfo: [true] } },
	},
	simplifyField(SIMPLE_PROFILE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const read = filterReader(this, filters, i);
	const revealInfo = this.getNodeParameter('revealInfo', i, false) as boolean;
	const body = compact({
		job_title: read.list('jobTitles', 'Job Titles'),
		company: read.list('companies', 'Companies'),
		company_filter: filters.companyFilter,
		location: read.list('locations', 'Locations'),
		skills: read.list('skills', 'Skills'),
		reveal_info: revealInfo || undefined,
		data_types: revealInfo ? (this.getNodeParameter('dataTypes', i, []) as string[]) : undefined,
	});
	if (!body.job_title && !body.company && !body.location && !body.skills) {
		throw new NodeOperationError(
			this.getNode(),
			'Add at least one filter: an advanced search without filters would spend credits on random profiles',
			{
				itemIndex: i,
				description: 'Add Job Titles, Companies, Locations or Skills under "Filters".',
			},
		);
	}
	const profiles = await leonarSourcingRequestAllPages.call(
		this,
		ENDPOINTS.sourcingAdvancedSearch,
		{
			body,
			limit,
			itemIndex: i,
		},
	);
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplifyProfiles(profiles, simplify), i);
}

export const operation = defineOperation({
	value: 'advancedSearch',
	label: 'Advanced Profile Search',
	action: 'Search people with advanced sourcing',
	summary:
		'Search people by job title, company, location and skills, optionally revealing emails and phones. Costs 1 sourcing credit per profile returned; fails with a credits error when the balance is empty.',
	endpoints: [ENDPOINTS.sourcingAdvancedSearch],
	properties,
	execute,
});
