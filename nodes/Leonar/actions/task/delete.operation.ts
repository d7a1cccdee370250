import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { taskLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [taskLocator.property, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, taskLocator, i);
	await leonarApiRequest.call(this, ENDPOINTS.taskDelete, { pathParams: { id }, itemIndex: i });
	return toItems.call(this, { id, deleted: true }, i);
}

export const operation = defineOperation({
	value: 'delete',
	label: 'Delete',
	action: 'Delete a task',
	summary: 'Delete a task for good (tasks are not archived).',
	endpoints: [ENDPOINTS.taskDelete],
	concurrent: 'write',
	properties,
	execute,
});
