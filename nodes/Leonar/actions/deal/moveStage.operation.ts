import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { dealLocator } from './locator';

const properties: INodeProperties[] = [
	dealLocator,
	{
		displayName: 'Stage Name or ID',
		name: 'stageId',
		type: 'options',
		required: true,
		typeOptions: { loadOptionsMethod: 'getDealStages', loadOptionsDependsOn: ['dealId.value'] },
		default: '',
		description:
			'Stage to move the deal to; it must belong to the deal\'s pipeline (the list shows that pipeline\'s stages once a deal is chosen). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['deal'], operation: ['moveStage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'dealId', i, 'Deal', 'deal');
	const stageId = requireUuid.call(this, this.getNodeParameter('stageId', i), 'Stage', i);
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealMoveStage, {
		pathParams: { id },
		body: { stage_id: stageId },
		itemIndex: i,
	});
	return toItems.call(this, deal, i);
}
