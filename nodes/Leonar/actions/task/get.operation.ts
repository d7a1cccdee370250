import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_TASK_FIELDS } from './fields';
import { taskLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	taskLocator.property,
	simplifyField(SIMPLE_TASK_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, taskLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.taskGet,
		i,
		{ pathParams: { id } },
		SIMPLE_TASK_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a task',
	summary: 'Get one task by ID or Leonar link.',
	endpoints: [ENDPOINTS.taskGet],
	concurrent: 'read',
	properties,
	execute,
});
