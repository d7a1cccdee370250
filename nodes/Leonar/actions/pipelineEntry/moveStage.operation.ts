import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from '../../descriptions/locators';
import { stageField } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	entryLocator.property,
	stageField(true, "Stage of the project's pipeline to move the candidate to"),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const entryId = readRecordId(this, entryLocator, i);
	const stageId = requireUuid.call(this, this.getNodeParameter('stageId', i, ''), 'Stage', i);
	const entry = await leonarApiRequest.call(this, ENDPOINTS.entryMoveStage, {
		pathParams: { id: projectId, entryId },
		body: { stage_id: stageId },
		recordId: entryId,
		itemIndex: i,
	});
	return toItems.call(this, entry, i);
}

export const operation = defineOperation({
	value: 'moveStage',
	label: 'Move to Stage',
	action: 'Move a pipeline entry to another stage',
	summary: "Move a candidate to another stage of the project's pipeline.",
	endpoints: [ENDPOINTS.entryMoveStage],
	concurrent: 'write',
	properties,
	execute,
});
