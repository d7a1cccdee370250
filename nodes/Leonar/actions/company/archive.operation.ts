import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { companyLocator } from './locator';

const properties: INodeProperties[] = [companyLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['archive'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'companyId', i, 'Company', 'company');
	const company = await leonarApiRequest.call(this, ENDPOINTS.companyArchive, { pathParams: { id }, itemIndex: i });
	return toItems.call(this, Object.keys(company).length ? company : { id, archived: true }, i);
}
