import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';

const properties: INodeProperties[] = [...returnAllOrLimit, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['getMembers'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
	const members = await leonarApiRequestAllItems.call(this, ENDPOINTS.memberList, { limit, itemIndex: i });
	return toItems.call(this, members, i);
}
