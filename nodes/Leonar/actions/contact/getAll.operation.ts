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
import { returnList } from '../../helpers/operations';
import { compact } from '../../helpers/utils';
import { requireUuid, toApiDate } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_CONTACT_FIELDS } from './fields';
import { defineOperation } from '../operation';

export const GLOBAL_STATUSES = [
	{ name: 'All (Not Archived)', value: 'all' },
	{ name: 'Archived', value: 'archived' },
	{ name: 'Bounced', value: 'bounced' },
	{ name: 'Contacted', value: 'contacted' },
	{ name: 'Do Not Contact', value: 'do_not_contact' },
	{ name: 'New', value: 'new' },
	{ name: 'Replied', value: 'replied' },
];

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
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Only contacts of this company (its Leonar ID)',
			},
			{
				displayName: 'Contact Type',
				name: 'contactType',
				type: 'string',
				default: '',
				placeholder: 'candidate',
				description: 'Only contacts of this type, e.g. candidate or client',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description: 'Only contacts created on or after this day (UTC)',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description: 'Only contacts created before this day (UTC)',
			},
			{
				displayName: 'Global Status',
				name: 'globalStatus',
				type: 'options',
				options: GLOBAL_STATUSES,
				default: 'all',
				description: 'Only contacts in this outreach status',
			},
			{
				displayName: 'Location',
				name: 'location',
				type: 'string',
				default: '',
				description: 'Only contacts whose location matches this text',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Free text matched against name, company and title',
			},
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description:
					"Only contacts changed at or after this moment (UTC unless the value has a zone), e.g. {{ $today }} for everything changed today. Not in Leonar's public docs; inferred. Where Leonar ignores it, the node reads the contacts newest first by Updated At down to this moment instead (a few more requests).",
			},
		],
	},
	simplifyField(SIMPLE_CONTACT_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'First Name', value: 'first_name' },
				{ name: 'Last Contacted At', value: 'last_contacted_at' },
				{ name: 'Last Name', value: 'last_name' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;

	const qs = compact({
		search: filters.search,
		contact_type: filters.contactType,
		company_id: filters.companyId
			? requireUuid.call(this, filters.companyId, 'Company ID', i)
			: undefined,
		location: filters.location,
		global_status: filters.globalStatus === 'all' ? undefined : filters.globalStatus,
		created_after: toApiDate.call(this, filters.createdAfter, 'Created After', i, 'date'),
		created_before: toApiDate.call(this, filters.createdBefore, 'Created Before', i, 'date'),
		sort,
	});
	const updatedSince = toApiDate.call(this, filters.updatedSince, 'Updated Since', i, 'date-time');
	if (updatedSince) qs.updated_at = `gte.${updatedSince}`;

	return await returnList.call(this, ENDPOINTS.contactList, i, { qs }, SIMPLE_CONTACT_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many contacts',
	summary: 'List contacts with filters and sorting.',
	endpoints: [ENDPOINTS.contactList],
	concurrent: 'read',
	properties,
	execute,
});
