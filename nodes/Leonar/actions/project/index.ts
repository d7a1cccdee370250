import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['project'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a project',
				description: 'Create a project (a job opening) with the default hiring pipeline. Needs scope projects:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a project',
				description: 'Get one project with its owners and pipeline stages (stage IDs). Needs scope projects:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many projects',
				description: 'List projects, filtered by status or a name search. Needs scope projects:read.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a project',
				description: 'Change fields of a project, or archive it (status archived). Needs scope projects:write.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
