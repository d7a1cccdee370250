import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { noteUnstoredFields } from '../../helpers/unstored';
import { toItems } from '../../helpers/utils';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildCompanyBody, companyFields } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the company (up to 255 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: companyFields(['name']),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = await buildCompanyBody.call(
		this,
		{ ...additionalFields, name: this.getNodeParameter('name', i) },
		i,
	);
	const company = await leonarApiRequest.call(this, ENDPOINTS.companyCreate, {
		body,
		itemIndex: i,
	});
	return toItems.call(this, noteUnstoredFields(this, body, company, 'Company'), i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a company',
	summary: 'Create a new company with name, domain, industry and custom fields.',
	endpoints: [ENDPOINTS.companyCreate],
	sometimes: { 'when custom fields are set by name': [ENDPOINTS.companyCustomFields] },
	concurrent: 'create',
	properties,
	execute,
});
