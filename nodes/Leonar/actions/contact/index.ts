import type { INodeProperties } from 'n8n-workflow';

import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { archive, create, get, getAll, search, update, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a contact',
				description: 'Archive a contact: Leonar keeps it, marked archived. Needs scope contacts:delete.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Create a new contact. Needs scope contacts:write.',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new contact (matched on email, then LinkedIn profile; needs scopes contacts:read and contacts:write), or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Get one contact by ID or Leonar link. Needs scope contacts:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List contacts with filters and sorting. Needs scope contacts:read.',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search contacts',
				description: 'Structured search over contacts: text, title, company, tags, dates, salary, project, sequence. Needs scope contacts:read.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change fields of a contact; fields not given keep their values. Needs scope contacts:write.',
			},
		],
		default: 'getAll',
	},
	...archive.description,
	...create.description,
	...get.description,
	...getAll.description,
	...search.description,
	...update.description,
	...upsert.description,
];
