import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from './locator';

const properties: INodeProperties[] = [projectLocator, entryLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const entryId = getRecordId.call(this, 'entryId', i, 'Pipeline Entry', 'pipeline entry');
	await leonarApiRequest.call(this, ENDPOINTS.entryDelete, {
		pathParams: { id: projectId, entryId },
		recordId: entryId,
		itemIndex: i,
	});
	return toItems.call(this, { id: entryId, project_id: projectId, deleted: true }, i);
}
