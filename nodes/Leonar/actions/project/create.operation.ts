import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildProjectBody, projectFields } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Senior Backend Engineer - Paris',
		description: 'Name of the project (job opening), up to 100 characters',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: projectFields('create'),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const name = requireText.call(this, this.getNodeParameter('name', i, ''), 'Name', i, 100);
	const body = { name, ...buildProjectBody.call(this, additionalFields, i) };
	const project = await leonarApiRequest.call(this, ENDPOINTS.projectCreate, {
		body,
		itemIndex: i,
	});
	return toItems.call(this, project, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a project',
	summary: 'Create a project (a job opening) with the default hiring pipeline.',
	endpoints: [ENDPOINTS.projectCreate],
	concurrent: 'create',
	properties,
	execute,
});
