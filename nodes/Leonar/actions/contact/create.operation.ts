import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildContactBody, contactFields } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
		description: 'First name of the contact (up to 100 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFields(['firstName']),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = await buildContactBody.call(
		this,
		// An expression that finds nothing gives undefined: refuse it like an empty name.
		{ firstName: this.getNodeParameter('firstName', i) ?? '', ...additionalFields },
		i,
	);
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactCreate, {
		body,
		itemIndex: i,
	});
	return toItems.call(this, contact, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a contact',
	summary: 'Create a new contact.',
	endpoints: [ENDPOINTS.contactCreate],
	sometimes: { 'when custom fields are set by name': [ENDPOINTS.contactCustomFields] },
	concurrent: 'create',
	properties,
	execute,
});
