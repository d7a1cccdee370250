import type { INodeProperties } from 'n8n-workflow';

import * as enrich from './enrich.operation';
import * as get from './get.operation';

export { enrich, get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['enrichment'] } },
		options: [
			{
				name: 'Enrich Contact',
				value: 'enrich',
				action: 'Enrich a contact',
				description:
					"Start finding a contact's work email, personal email or phone number; uses enrichment credits. Runs in the background unless Wait for Completion is on. Needs scope enrichment:write (and enrichment:read to wait for completion).",
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an enrichment request',
				description: 'Get the status (pending or completed) and the result of an enrichment request. Needs scope enrichment:read.',
			},
		],
		default: 'enrich',
	},
	...enrich.description,
	...get.description,
];
