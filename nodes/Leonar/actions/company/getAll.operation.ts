import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplifyField,
	sortOption,
} from '../../descriptions/common';
import { archivedFilter, archivedFilterProperty, contains } from '../../helpers/filters';
import { returnList } from '../../helpers/operations';
import { compact } from '../../helpers/utils';
import { toApiDate } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_COMPANY_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				...archivedFilterProperty('companies'),
				description:
					"Whether to list active or archived companies (without this filter, Leonar lists active ones). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description:
					"Only companies created at or after this moment (UTC unless the value has a zone). Not in Leonar's public docs; inferred. Where Leonar ignores it, the node reads the companies newest first by Created At down to this moment instead.",
			},
			{
				displayName: 'Industry',
				name: 'industry',
				type: 'string',
				default: '',
				description:
					"Only companies whose industry contains this text (case-insensitive). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Location',
				name: 'location',
				type: 'string',
				default: '',
				description:
					"Only companies whose location contains this text (case-insensitive). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description:
					'Free text matched against the company name (Leonar may also match the domain)',
			},
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description:
					"Only companies changed at or after this moment (UTC unless the value has a zone). Not in Leonar's public docs; inferred. Where Leonar ignores it, the node reads the companies newest first by Updated At down to this moment instead.",
			},
		],
	},
	simplifyField(SIMPLE_COMPANY_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const createdAfter = toApiDate.call(this, filters.createdAfter, 'Created After', i, 'date-time');
	const updatedSince = toApiDate.call(this, filters.updatedSince, 'Updated Since', i, 'date-time');

	const qs = compact({
		search: typeof filters.search === 'string' ? filters.search.trim() : undefined,
		industry: contains(filters.industry),
		location: contains(filters.location),
		archived_at: archivedFilter(filters.archived),
		created_at: createdAfter && `gte.${createdAfter}`,
		updated_at: updatedSince && `gte.${updatedSince}`,
		sort,
	});

	return await returnList.call(this, ENDPOINTS.companyList, i, { qs }, SIMPLE_COMPANY_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many companies',
	summary: 'List companies with a name search, filters and sorting.',
	endpoints: [ENDPOINTS.companyList],
	concurrent: 'read',
	properties,
	execute,
});
