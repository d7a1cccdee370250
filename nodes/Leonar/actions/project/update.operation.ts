import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildProjectBody, projectFields } from './fields';
import { projectLocator } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: projectFields('update'),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildProjectBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.projectUpdate, i, { pathParams: { id }, body });
}
