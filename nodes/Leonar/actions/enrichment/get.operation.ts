import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';

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

export const description = updateDisplayOptions(
	{ show: { resource: ['enrichment'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = requireUuid.call(this, this.getNodeParameter('enrichmentId', i, ''), 'Enrichment ID', i);
	const request = await leonarApiRequest.call(this, ENDPOINTS.enrichmentGet, { pathParams: { id }, itemIndex: i });
	return toItems.call(this, request, i);
}
