import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { ENDPOINTS } from '../../transport/endpoints';

const properties: INodeProperties[] = [...returnAllOrLimit, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['getMembers'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await returnList.call(this, ENDPOINTS.memberList, i);
}
