import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { compact } from '../../helpers/utils';
import { requireText, requireUuid, toApiDate } from '../../helpers/validation';

export const TASK_TYPES = [
	{ name: 'Call', value: 'call' },
	{ name: 'Email', value: 'email' },
	{ name: 'Interview', value: 'interview' },
	{ name: 'LinkedIn Connect', value: 'linkedin_connect' },
	{ name: 'LinkedIn Message', value: 'linkedin_message' },
	{ name: 'Meeting', value: 'meeting' },
	{ name: 'Reminder', value: 'reminder' },
	{ name: 'To Do', value: 'todo' },
	{ name: 'WhatsApp', value: 'whatsapp' },
];

export const TASK_STATUSES = [
	{ name: 'Done', value: 'done' },
	{ name: 'Skipped', value: 'skipped' },
	{ name: 'To Do', value: 'todo' },
];

export const TASK_PRIORITIES = [
	{ name: 'High', value: 'high' },
	{ name: 'Low', value: 'low' },
	{ name: 'Medium', value: 'medium' },
];

/** The member dropdown for a task's assignee. */
export const assignedToField = (description: string): INodeProperties => ({
	displayName: 'Assigned To Name or ID',
	name: 'assignedTo',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getMembers' },
	default: '',
	description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

const idField = (displayName: string, name: string, record: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description: `The Leonar ID (UUID) of the ${record} the task is about`,
});

/** The task fields a user can set on create and update (camelCase of the API field). */
const TASK_FIELDS: INodeProperties[] = [
	assignedToField('Member the task is assigned to'),
	idField('Company ID', 'companyId', 'company'),
	idField('Contact ID', 'contactId', 'contact'),
	idField('Deal ID', 'dealId', 'deal'),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Details of the task (up to 5000 characters)',
	},
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		description:
			'The day the task is due, e.g. 2026-03-31. An ISO date-time keeps its written date; an n8n DateTime such as {{ $now.plus(2, "days") }} gives its day in UTC.',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: TASK_PRIORITIES,
		default: 'medium',
		description: 'Priority of the task',
	},
	idField('Project ID', 'projectId', 'project'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: TASK_STATUSES,
		default: 'todo',
		description: 'Done sets the completion time; To Do or Skipped clears it',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Short title of the task (up to 255 characters)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: TASK_TYPES,
		default: 'todo',
		description: 'Kind of task',
	},
];

export function taskFields(exclude: string[] = []): INodeProperties[] {
	return TASK_FIELDS.filter((field) => !exclude.includes(field.name));
}

const ENUMS: Record<string, Array<{ value: string }>> = {
	type: TASK_TYPES,
	status: TASK_STATUSES,
	priority: TASK_PRIORITIES,
};

const REFERENCES: Record<string, [string, string]> = {
	assignedTo: ['assigned_to', 'Assigned To'],
	companyId: ['company_id', 'Company ID'],
	contactId: ['contact_id', 'Contact ID'],
	dealId: ['deal_id', 'Deal ID'],
	projectId: ['project_id', 'Project ID'],
};

/** Builds the API body from task fields, validating each one before any request. */
export function buildTaskBody(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || value === '') continue;
		if (REFERENCES[name]) {
			const [key, label] = REFERENCES[name];
			body[key] = requireUuid.call(this, value, label, itemIndex);
			continue;
		}
		switch (name) {
			case 'title':
				body.title = requireText.call(this, value, 'Title', itemIndex, 255);
				break;
			case 'description':
				body.description = requireText.call(this, value, 'Description', itemIndex, 5000);
				break;
			case 'dueDate':
				body.due_date = toApiDate.call(this, value, 'Due Date', itemIndex, 'date');
				break;
			case 'type':
			case 'status':
			case 'priority': {
				const allowed = ENUMS[name].map((option) => option.value);
				if (!allowed.includes(String(value))) {
					throw new NodeOperationError(
						this.getNode(),
						`"${name[0].toUpperCase()}${name.slice(1)}" must be one of ${allowed.join(', ')}, got "${String(value)}"`,
						{ itemIndex },
					);
				}
				body[name] = value;
				break;
			}
			default:
				throw new NodeOperationError(this.getNode(), `Unknown task field "${name}"`, { itemIndex });
		}
	}
	return compact(body);
}

/** Fields a simplified task keeps. */
export const SIMPLE_TASK_FIELDS = [
	'id',
	'title',
	'type',
	'status',
	'priority',
	'due_date',
	'assigned_to',
	'contact_id',
	'company_id',
	'deal_id',
	'project_id',
	'completed_at',
] as const;
