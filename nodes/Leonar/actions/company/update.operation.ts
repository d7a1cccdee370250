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
import { buildCompanyBody, companyFields } from './fields';
import { companyLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	companyLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, companyLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = await buildCompanyBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.companyUpdate, i, { pathParams: { id }, body });
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a company',
	summary:
		'Change fields of a company, custom fields included; fields not given keep their values.',
	endpoints: [ENDPOINTS.companyUpdate],
	sometimes: { 'when custom fields are set by name': [ENDPOINTS.companyCustomFields] },
	concurrent: 'write',
	properties,
	execute,
});
