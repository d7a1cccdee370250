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
import { buildDealBody, dealFields } from './fields';
import { dealLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	dealLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, dealLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body = buildDealBody.call(this, updateFields, i);
	return await returnUpdate.call(this, ENDPOINTS.dealUpdate, i, { pathParams: { id }, body });
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a deal',
	summary:
		'Change fields of a deal (title, amount, pipeline, stage, owner, company, contacts); fields not given keep their values.',
	endpoints: [ENDPOINTS.dealUpdate],
	concurrent: 'write',
	properties,
	execute,
});
