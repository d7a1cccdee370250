import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_TASK_FIELDS } from './fields';
import { taskLocator } from './locator';

const properties: INodeProperties[] = [taskLocator, simplifyField(SIMPLE_TASK_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'taskId', i, 'Task', 'task');
	return await returnRecord.call(this, ENDPOINTS.taskGet, i, { pathParams: { id } }, SIMPLE_TASK_FIELDS);
}
