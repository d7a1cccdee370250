import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { dealLocator } from './locator';

const properties: INodeProperties[] = [dealLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['deal'], operation: ['archive'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'dealId', i, 'Deal', 'deal');
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealArchive, { pathParams: { id }, itemIndex: i });
	return toItems.call(this, Object.keys(deal).length ? deal : { id, archived: true }, i);
}
