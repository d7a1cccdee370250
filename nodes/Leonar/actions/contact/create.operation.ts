import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildContactBody, contactFields } from './fields';

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

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = await buildContactBody.call(
		this,
		// An expression that finds nothing gives undefined: refuse it like an empty name.
		{ firstName: this.getNodeParameter('firstName', i) ?? '', ...additionalFields },
		i,
	);
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactCreate, { body, itemIndex: i });
	return toItems.call(this, contact, i);
}
