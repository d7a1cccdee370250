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
import {
	assignedToField,
	SIMPLE_TASK_FIELDS,
	TASK_PRIORITIES,
	TASK_STATUSES,
	TASK_TYPES,
} from './fields';
import { defineOperation } from '../operation';

const idFilter = (displayName: string, name: string, record: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description: `Only tasks about this ${record} (its Leonar ID)`,
});

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			assignedToField('Only tasks assigned to this member'),
			idFilter('Company ID', 'companyId', 'company'),
			idFilter('Contact ID', 'contactId', 'contact'),
			idFilter('Deal ID', 'dealId', 'deal'),
			{
				displayName: 'Due After',
				name: 'dueAfter',
				type: 'dateTime',
				default: '',
				description:
					"Only tasks due on or after this day (an n8n DateTime gives its day in UTC). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Due Before',
				name: 'dueBefore',
				type: 'dateTime',
				default: '',
				description:
					"Only tasks due on or before this day (an n8n DateTime gives its day in UTC). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Priority',
				name: 'priority',
				type: 'options',
				options: TASK_PRIORITIES,
				default: 'high',
				description: 'Only tasks with this priority',
			},
			idFilter('Project ID', 'projectId', 'project'),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: TASK_STATUSES,
				default: 'todo',
				description: 'Only tasks in this status',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: TASK_TYPES,
				default: 'todo',
				description: 'Only tasks of this type',
			},
		],
	},
	simplifyField(SIMPLE_TASK_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Due Date', value: 'due_date' },
				{ name: 'Priority', value: 'priority' },
				{ name: 'Status', value: 'status' },
				{ name: 'Title', value: 'title' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'due_date',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const uuid = (name: string, label: string) =>
		filters[name] ? requireUuid.call(this, filters[name], label, i) : undefined;
	const dueAfter = toApiDate.call(this, filters.dueAfter, 'Due After', i, 'date');
	const dueBefore = toApiDate.call(this, filters.dueBefore, 'Due Before', i, 'date');
	const dueDate = [dueAfter && `gte.${dueAfter}`, dueBefore && `lte.${dueBefore}`].filter(
		Boolean,
	) as string[];

	const qs = compact({
		status: filters.status,
		type: filters.type,
		priority: filters.priority,
		assigned_to: uuid('assignedTo', 'Assigned To'),
		contact_id: uuid('contactId', 'Contact ID'),
		company_id: uuid('companyId', 'Company ID'),
		deal_id: uuid('dealId', 'Deal ID'),
		project_id: uuid('projectId', 'Project ID'),
		due_date: dueDate.length > 1 ? dueDate : dueDate[0],
		sort,
	});

	return await returnList.call(this, ENDPOINTS.taskList, i, { qs }, SIMPLE_TASK_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many tasks',
	summary:
		'List tasks filtered by status, type, priority, assignee, related record or due date range.',
	endpoints: [ENDPOINTS.taskList],
	concurrent: 'read',
	properties,
	execute,
});
