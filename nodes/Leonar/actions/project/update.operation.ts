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
import { buildProjectBody, projectFields } from './fields';
import { projectLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, projectLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildProjectBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.projectUpdate, i, { pathParams: { id }, body });
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a project',
	summary: 'Change fields of a project, or archive it (status archived).',
	endpoints: [ENDPOINTS.projectUpdate],
	concurrent: 'write',
	properties,
	execute,
});
