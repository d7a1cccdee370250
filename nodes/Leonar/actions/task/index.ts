import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a task',
				description:
					'Create a task (call, email, meeting, to-do…) with due date, priority, assignee and the contact, company, deal or project it is about. Needs scope tasks:write.',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a task',
				description: 'Delete a task for good (tasks are not archived). Needs scope tasks:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a task',
				description: 'Get one task by ID or Leonar link. Needs scope tasks:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tasks',
				description:
					'List tasks filtered by status, type, priority, assignee, related record or due date range. Needs scope tasks:read.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a task',
				description:
					'Change fields of a task, e.g. mark it done or move its due date; fields not given keep their values. Needs scope tasks:write.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
