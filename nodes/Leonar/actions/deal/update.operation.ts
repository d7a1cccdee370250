import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildDealBody, dealFields } from './fields';
import { dealLocator } from './locator';

const properties: INodeProperties[] = [
	dealLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: dealFields('updateFields'),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['deal'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'dealId', i, 'Deal', 'deal');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildDealBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.dealUpdate, i, { pathParams: { id }, body });
}
