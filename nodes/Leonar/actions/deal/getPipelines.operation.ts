import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';

const properties: INodeProperties[] = [optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['deal'], operation: ['getPipelines'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const pipelines = await leonarApiRequestAllItems.call(this, ENDPOINTS.dealPipelineList, { itemIndex: i });
	return toItems.call(this, pipelines, i);
}
