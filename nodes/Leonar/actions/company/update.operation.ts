import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildCompanyBody, companyFields } from './fields';
import { companyLocator } from './locator';

const properties: INodeProperties[] = [
	companyLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: companyFields(),
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'companyId', i, 'Company', 'company');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = await buildCompanyBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.companyUpdate, i, { pathParams: { id }, body });
}
