import type { INodeProperties } from 'n8n-workflow';

import * as archive from './archive.operation';
import * as close from './close.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPipelines from './getPipelines.operation';
import * as moveStage from './moveStage.operation';
import * as reopen from './reopen.operation';
import * as update from './update.operation';

export { archive, close, create, get, getAll, getPipelines, moveStage, reopen, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deal'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a deal',
				description: 'Archive a deal: Leonar keeps it, marked archived. Needs scope deals:delete.',
			},
			{
				name: 'Close',
				value: 'close',
				action: 'Close a deal',
				description:
					'Close a deal as won, lost or disqualified, with signed amount, close date and reason. Needs scope deals:write.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a deal',
				description:
					'Create a new deal (in the default pipeline and its first stage unless given). Needs scope deals:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a deal',
				description: 'Get one deal by ID or Leonar link. Needs scope deals:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many deals',
				description:
					'List deals with filters (status, pipeline, stage, company, owner) and sorting. Needs scope deals:read.',
			},
			{
				name: 'Get Pipelines',
				value: 'getPipelines',
				action: 'Get deal pipelines',
				description: 'List the deal pipelines with their stages (IDs and names). Needs scope deals:read.',
			},
			{
				name: 'Move Stage',
				value: 'moveStage',
				action: 'Move a deal to another stage',
				description: "Move a deal to another stage of its pipeline. Needs scope deals:write.",
			},
			{
				name: 'Reopen',
				value: 'reopen',
				action: 'Reopen a deal',
				description: 'Reopen a closed deal: status back to open, close data cleared. Needs scope deals:write.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a deal',
				description:
					'Change fields of a deal (title, amount, pipeline, stage, owner, company, contacts); fields not given keep their values. Needs scope deals:write.',
			},
		],
		default: 'getAll',
	},
	...archive.description,
	...close.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getPipelines.description,
	...moveStage.description,
	...reopen.description,
	...update.description,
];
