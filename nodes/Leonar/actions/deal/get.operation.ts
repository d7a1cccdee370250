import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_DEAL_FIELDS } from './fields';
import { dealLocator } from './locator';

const properties: INodeProperties[] = [dealLocator, simplifyField(SIMPLE_DEAL_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['deal'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'dealId', i, 'Deal', 'deal');
	return await returnRecord.call(this, ENDPOINTS.dealGet, i, { pathParams: { id } }, SIMPLE_DEAL_FIELDS);
}
