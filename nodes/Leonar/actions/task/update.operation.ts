import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildTaskBody, taskFields } from './fields';
import { taskLocator } from './locator';

const properties: INodeProperties[] = [
	taskLocator,
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

export const description = updateDisplayOptions(
	{ show: { resource: ['task'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'taskId', i, 'Task', 'task');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildTaskBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.taskUpdate, i, { pathParams: { id }, body });
}
