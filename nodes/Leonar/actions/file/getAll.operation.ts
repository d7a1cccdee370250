import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { ENDPOINTS } from '../../transport/endpoints';
import { getParent, parentProperties } from './parent';

const properties: INodeProperties[] = [...parentProperties, ...returnAllOrLimit, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, { contact: ENDPOINTS.contactFileList, project: ENDPOINTS.projectFileList });
	return await returnList.call(this, parent.endpoint, i, { pathParams: { id: parent.id } });
}
