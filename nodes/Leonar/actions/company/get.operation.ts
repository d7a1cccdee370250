import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_COMPANY_FIELDS } from './fields';
import { companyLocator } from './locator';

const properties: INodeProperties[] = [companyLocator, simplifyField(SIMPLE_COMPANY_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'companyId', i, 'Company', 'company');
	return await returnRecord.call(this, ENDPOINTS.companyGet, i, { pathParams: { id } }, SIMPLE_COMPANY_FIELDS);
}
