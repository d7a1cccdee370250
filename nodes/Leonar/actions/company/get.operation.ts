import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_COMPANY_FIELDS } from './fields';
import { companyLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	companyLocator.property,
	simplifyField(SIMPLE_COMPANY_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, companyLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.companyGet,
		i,
		{ pathParams: { id } },
		SIMPLE_COMPANY_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a company',
	summary: 'Get one company by ID or Leonar link.',
	endpoints: [ENDPOINTS.companyGet],
	concurrent: 'read',
	properties,
	execute,
});
