import type { INodeProperties } from 'n8n-workflow';

import * as archive from './archive.operation';
import * as create from './create.operation';
import * as findOrCreate from './findOrCreate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { archive, create, findOrCreate, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a company',
				description: 'Archive a company: Leonar keeps it, marked archived. Needs scope companies:delete.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a company',
				description:
					'Create a new company with name, domain, industry and custom fields. Needs scope companies:write (and companies:read when custom fields are set by name).',
			},
			{
				name: 'Find or Create',
				value: 'findOrCreate',
				action: 'Find or create a company by name',
				description:
					'Return the active company with exactly this name (case-insensitive), or create it if none exists; the output says which in _findOrCreate.action (found or created). Needs scopes companies:read and companies:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a company',
				description: 'Get one company by ID or Leonar link. Needs scope companies:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many companies',
				description: 'List companies with a name search, filters and sorting. Needs scope companies:read.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a company',
				description:
					'Change fields of a company, custom fields included; fields not given keep their values. Needs scope companies:write.',
			},
		],
		default: 'getAll',
	},
	...archive.description,
	...create.description,
	...findOrCreate.description,
	...get.description,
	...getAll.description,
	...update.description,
];
