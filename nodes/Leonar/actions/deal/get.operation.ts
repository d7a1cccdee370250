import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_DEAL_FIELDS } from './fields';
import { dealLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	dealLocator.property,
	simplifyField(SIMPLE_DEAL_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, dealLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.dealGet,
		i,
		{ pathParams: { id } },
		SIMPLE_DEAL_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a deal',
	summary: 'Get one deal by ID or Leonar link.',
	endpoints: [ENDPOINTS.dealGet],
	concurrent: 'read',
	properties,
	execute,
});
