import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildContactBody, contactFields } from './fields';
import { contactLocator } from './locator';

const properties: INodeProperties[] = [
	contactLocator,
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

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = await buildContactBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.contactUpdate, i, { pathParams: { id }, body });
}
