import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { taskLocator } from './locator';

const properties: INodeProperties[] = [taskLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'taskId', i, 'Task', 'task');
	await leonarApiRequest.call(this, ENDPOINTS.taskDelete, { pathParams: { id }, itemIndex: i });
	return toItems.call(this, { id, deleted: true }, i);
}
