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
		displayOptions: { show: { resource: ['note'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a note on a contact',
				description: 'Write a new note on a contact. Needs scope notes:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a note',
				description: 'Get one note by ID. Needs scope notes:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many notes',
				description:
					'List notes of the workspace (filtered by contact, company, deal or project) or of one contact. Needs scope notes:read.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a note',
				description: 'Replace the text of a note. Needs scope notes:write.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
