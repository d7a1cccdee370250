import type { INodeProperties } from 'n8n-workflow';

import * as addToContact from './addToContact.operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as removeFromContact from './removeFromContact.operation';

export { addToContact, create, getAll, removeFromContact };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Add to Contact',
				value: 'addToContact',
				action: 'Add a tag to a contact',
				description: 'Put an existing tag on a contact; returns the contact. Needs scope tags:write.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tag',
				description: 'Create a new tag with a color and a scope. Needs scope tags:write.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tags',
				description: "List the workspace's tags, by scope or name. Needs scope tags:read.",
			},
			{
				name: 'Remove From Contact',
				value: 'removeFromContact',
				action: 'Remove a tag from a contact',
				description: 'Take a tag off a contact; the tag itself is kept. Needs scope tags:write.',
			},
		],
		default: 'getAll',
	},
	...addToContact.description,
	...create.description,
	...getAll.description,
	...removeFromContact.description,
];
