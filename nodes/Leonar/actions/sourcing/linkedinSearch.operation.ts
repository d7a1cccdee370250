import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { compactDeep, toItems } from '../../helpers/utils';
import { readRecordId, requireText, requireUuid } from '../../helpers/validation';
import { leonarLinkedinRequestAllPages } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { projectLocator } from '../../descriptions/locators';
import {
	filterReader,
	LINKEDIN_API_TYPES,
	listField,
	locationIdsField,
	numberField,
	SIMPLE_PROFILE_FIELDS,
	simplifyProfiles,
} from './fields';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		...projectLocator.property,
		description:
			'The project the search is for; profiles already in it are flagged already_in_project',
	},
	{
		displayName: 'LinkedIn Account Name or ID',
		name: 'accountId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getConnectedAccounts' },
		required: true,
		default: '',
		description:
			'Connected LinkedIn account with an active Recruiter or Sales Navigator seat to search with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'LinkedIn Seat',
		name: 'linkedinApiType',
		type: 'options',
		options: [{ name: 'Any Active Seat', value: '' }, ...LINKEDIN_API_TYPES],
		default: '',
		description: 'Which LinkedIn product of the account to search with',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Boolean Query',
				name: 'booleanQuery',
				type: 'string',
				default: '',
				placeholder: '(python OR golang) AND NOT "team lead"',
				description:
					'Keyword query with AND, OR, NOT, "exact phrases" and parentheses (NOT binds before AND, AND before OR)',
			},
			listField('Companies', 'companies', 'People at any of these companies'),
			listField('Job Titles', 'jobTitles', 'People with any of these job titles'),
			locationIdsField,
			numberField(
				'Max Years of Experience',
				'maxYearsExperience',
				'At most this many years of experience',
			),
			numberField(
				'Min Years of Experience',
				'minYearsExperience',
				'At least this many years of experience',
			),
		],
	},
	simplifyField(SIMPLE_PROFILE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const accountId = requireUuid.call(
		this,
		this.getNodeParameter('accountId', i, ''),
		'LinkedIn Account',
		i,
	);
	const apiType = this.getNodeParameter('linkedinApiType', i, '') as string;
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const read = filterReader(this, filters, i);
	const body = compactDeep({
		project_id: projectId,
		account_id: accountId,
		linkedin_api_type: apiType || undefined,
		job_titles: read.list('jobTitles', 'Job Titles'),
		companies: read.list('companies', 'Companies'),
		location_ids: read.locationIds('locationIds', 'LinkedIn Location IDs'),
		years_experience: {
			min: read.years('minYearsExperience', 'Min Years of Experience'),
			max: read.years('maxYearsExperience', 'Max Years of Experience'),
		},
		boolean_query: filters.booleanQuery
			? requireText.call(this, filters.booleanQuery, 'Boolean Query', i, 2000)
			: undefined,
	});
	const profiles = await leonarLinkedinRequestAllPages.call(
		this,
		ENDPOINTS.sourcingLinkedinSearch,
		{
			body,
			limit,
			recordId: projectId,
			itemIndex: i,
		},
	);
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplifyProfiles(profiles, simplify), i);
}

export const operation = defineOperation({
	value: 'linkedinSearch',
	label: 'LinkedIn Search',
	action: 'Search candidates live through a connected account',
	summary:
		'Live LinkedIn Recruiter or Sales Navigator search through a connected account, with a boolean keyword query; pages with the cursor LinkedIn returns.',
	endpoints: [ENDPOINTS.sourcingLinkedinSearch],
	properties,
	execute,
});
