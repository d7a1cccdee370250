import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { getParent, parentProperties } from './parent';

const properties: INodeProperties[] = [...parentProperties, ...returnAllOrLimit, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, { contact: ENDPOINTS.contactFileList, project: ENDPOINTS.projectFileList });
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
	const files = await leonarApiRequestAllItems.call(this, parent.endpoint, {
		pathParams: { id: parent.id },
		limit,
		itemIndex: i,
	});
	return toItems.call(this, files, i);
}
