import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildTaskBody, taskFields } from './fields';
import { taskLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	taskLocator.property,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: taskFields(),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, taskLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildTaskBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.taskUpdate, i, { pathParams: { id }, body });
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a task',
	summary:
		'Change fields of a task, e.g. mark it done or move its due date; fields not given keep their values.',
	endpoints: [ENDPOINTS.taskUpdate],
	concurrent: 'write',
	properties,
	execute,
});
