import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteEntry from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as moveStage from './moveStage.operation';
import * as update from './update.operation';

export { create, deleteEntry as delete, get, getAll, moveStage, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pipelineEntry'] } },
		options: [
			{
				name: 'Add to Project',
				value: 'create',
				action: 'Add a contact to a project pipeline',
				description: "Add an existing contact to a project's pipeline as a candidate, in a chosen or the first stage. Needs scope pipeline:write.",
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a pipeline entry',
				description: "Get one candidate's entry in a project: stage, rating, notes and the contact. Needs scope pipeline:read.",
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many pipeline entries',
				description: "List the candidates in a project's pipeline, optionally only those in one stage. Needs scope pipeline:read.",
			},
			{
				name: 'Move to Stage',
				value: 'moveStage',
				action: 'Move a pipeline entry to another stage',
				description: "Move a candidate to another stage of the project's pipeline. Needs scope pipeline:write.",
			},
			{
				name: 'Remove From Project',
				value: 'delete',
				action: 'Remove a contact from a project pipeline',
				description: 'Delete the entry: the candidate leaves the project; the contact itself is kept. Needs scope pipeline:write.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a pipeline entry',
				description: "Change a candidate's rating (0-5) or notes in a project. Needs scope pipeline:write.",
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteEntry.description,
	...get.description,
	...getAll.description,
	...moveStage.description,
	...update.description,
];
