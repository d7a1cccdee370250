import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator, stageField } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	entryLocator,
	stageField(true, "Stage of the project's pipeline to move the candidate to"),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['moveStage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const entryId = getRecordId.call(this, 'entryId', i, 'Pipeline Entry', 'pipeline entry');
	const stageId = requireUuid.call(this, this.getNodeParameter('stageId', i, ''), 'Stage', i);
	const entry = await leonarApiRequest.call(this, ENDPOINTS.entryMoveStage, {
		pathParams: { id: projectId, entryId },
		body: { stage_id: stageId },
		recordId: entryId,
		itemIndex: i,
	});
	return toItems.call(this, entry, i);
}
