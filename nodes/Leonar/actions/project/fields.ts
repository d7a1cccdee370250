import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { compact } from '../../helpers/utils';
import { requireText, requireUuid, toUuidList } from '../../helpers/validation';

export const PROJECT_STATUSES = [
	{ name: 'Active', value: 'active' },
	{ name: 'Archived', value: 'archived' },
];

/** Project fields set on create and update (camelCase of the API field). */
export function projectFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Client Company ID',
			name: 'clientCompanyId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70',
			description: 'Leonar ID of the client company the project recruits for',
		},
		{
			displayName: 'Client Name',
			name: 'clientName',
			type: 'string',
			default: '',
			description: 'Name of the client shown on the project (up to 255 characters)',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Description of the job opening (up to 5,000 characters)',
		},
		{
			displayName: 'Location',
			name: 'location',
			type: 'string',
			default: '',
			description: 'Where the job is, e.g. Paris, France',
		},
	];
	if (mode === 'create') {
		fields.push({
			displayName: 'Owner Names or IDs',
			name: 'ownerIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getMembers' },
			default: [],
			description:
				'Workspace members who own the project. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		});
	} else {
		fields.push(
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the project (up to 100 characters)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: PROJECT_STATUSES,
				default: 'active',
				description: 'Archived closes the project; Active reopens it',
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const LABELS: Record<string, string> = {
	clientCompanyId: 'Client Company ID',
	clientName: 'Client Name',
	description: 'Description',
	location: 'Location',
	name: 'Name',
	ownerIds: 'Owner Names or IDs',
	status: 'Status',
};

/** Builds the API body from project fields, validating each one. */
export function buildProjectBody(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const text = (name: string, max: number) =>
		fields[name] === undefined || fields[name] === ''
			? undefined
			: requireText.call(this, fields[name], LABELS[name], itemIndex, max);
	return compact({
		name: text('name', 100),
		client_company_id: fields.clientCompanyId
			? requireUuid.call(this, fields.clientCompanyId, LABELS.clientCompanyId, itemIndex)
			: undefined,
		client_name: text('clientName', 255),
		location: text('location', 255),
		description: text('description', 5000),
		status: fields.status,
		owner_ids: toUuidList.call(this, fields.ownerIds, LABELS.ownerIds, itemIndex),
	});
}

/** Fields a simplified project keeps. */
export const SIMPLE_PROJECT_FIELDS = [
	'id',
	'name',
	'status',
	'client_name',
	'client_company',
	'location',
	'owners',
	'entries_count',
	'created_at',
	'updated_at',
] as const;
