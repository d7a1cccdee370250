import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Enrichment ID',
		name: 'enrichmentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70',
		description: 'ID of the enrichment request, as returned by the Enrich operation',
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = requireUuid.call(
		this,
		this.getNodeParameter('enrichmentId', i, ''),
		'Enrichment ID',
		i,
	);
	const request = await leonarApiRequest.call(this, ENDPOINTS.enrichmentGet, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, request, i);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get an enrichment request',
	summary: 'Get the status (pending or completed) and the result of an enrichment request.',
	endpoints: [ENDPOINTS.enrichmentGet],
	concurrent: 'read',
	properties,
	execute,
});
