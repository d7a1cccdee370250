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
import { buildTaskBody, taskFields } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'Short title of the task (up to 255 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: taskFields(['title']),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const title = requireText.call(this, this.getNodeParameter('title', i), 'Title', i, 255);
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = buildTaskBody.call(this, { title, ...additionalFields }, i);
	const task = await leonarApiRequest.call(this, ENDPOINTS.taskCreate, { body, itemIndex: i });
	return toItems.call(this, task, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a task',
	summary:
		'Create a task (call, email, meeting, to-do…) with due date, priority, assignee and the contact, company, deal or project it is about.',
	endpoints: [ENDPOINTS.taskCreate],
	concurrent: 'create',
	properties,
	execute,
});
