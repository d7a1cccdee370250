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
import { readRecordId, requireUuid } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../../descriptions/locators';
import { SIMPLE_NOTE_FIELDS } from './fields';
import { defineOperation } from '../operation';

const uuidFilter = (displayName: string, name: string, record: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description: `Only notes on this ${record} (its Leonar ID)`,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Notes Of',
		name: 'notesOf',
		type: 'options',
		options: [
			{
				name: 'All Records',
				value: 'all',
				description: 'Notes of the whole workspace, narrowed with the filters',
			},
			{
				name: 'One Contact',
				value: 'contact',
				description: 'The notes of one contact (fails if the contact does not exist)',
			},
		],
		default: 'all',
		description: 'Whose notes to list',
	},
	{
		...contactLocator.property,
		description: 'The contact whose notes to list',
		displayOptions: { show: { notesOf: ['contact'] } },
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { notesOf: ['all'] } },
		options: [
			uuidFilter('Company ID', 'companyId', 'company'),
			uuidFilter('Contact ID', 'contactId', 'contact'),
			uuidFilter('Deal ID', 'dealId', 'deal'),
			uuidFilter('Project ID', 'projectId', 'project'),
		],
	},
	simplifyField(SIMPLE_NOTE_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const notesOf = this.getNodeParameter('notesOf', i, 'all') as string;

	if (notesOf === 'contact') {
		const id = readRecordId(this, contactLocator, i);
		const qs = compact({ sort });
		return await returnList.call(
			this,
			ENDPOINTS.contactNoteList,
			i,
			{ pathParams: { id }, qs },
			SIMPLE_NOTE_FIELDS,
		);
	}
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const uuid = (name: string, label: string) =>
		filters[name] ? requireUuid.call(this, filters[name], label, i) : undefined;
	const qs = compact({
		contact_id: uuid('contactId', 'Contact ID'),
		company_id: uuid('companyId', 'Company ID'),
		deal_id: uuid('dealId', 'Deal ID'),
		project_id: uuid('projectId', 'Project ID'),
		sort,
	});
	return await returnList.call(this, ENDPOINTS.noteList, i, { qs }, SIMPLE_NOTE_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many notes',
	summary:
		'List notes of the workspace (filtered by contact, company, deal or project) or of one contact.',
	endpoints: [ENDPOINTS.contactNoteList, ENDPOINTS.noteList],
	concurrent: 'read',
	properties,
	execute,
});
