import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { dealLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	dealLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, dealLocator, i);
	const stageId = requireUuid.call(this, this.getNodeParameter('stageId', i), 'Stage', i);
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealMoveStage, {
		pathParams: { id },
		body: { stage_id: stageId },
		itemIndex: i,
	});
	return toItems.call(this, deal, i);
}

export const operation = defineOperation({
	value: 'moveStage',
	label: 'Move Stage',
	action: 'Move a deal to another stage',
	summary: 'Move a deal to another stage of its pipeline.',
	endpoints: [ENDPOINTS.dealMoveStage],
	concurrent: 'write',
	properties,
	execute,
});
