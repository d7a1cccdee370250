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
import { buildContactBody, contactFields } from './fields';
import { contactLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	contactLocator.property,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: contactFields(),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = await buildContactBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.contactUpdate, i, { pathParams: { id }, body });
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a contact',
	summary: 'Change fields of a contact; fields not given keep their values.',
	endpoints: [ENDPOINTS.contactUpdate],
	sometimes: { 'when custom fields are set by name': [ENDPOINTS.contactCustomFields] },
	concurrent: 'write',
	properties,
	execute,
});
