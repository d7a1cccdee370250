import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const pipelines = await leonarApiRequestAllItems.call(this, ENDPOINTS.dealPipelineList, {
		itemIndex: i,
	});
	return toItems.call(this, pipelines, i);
}

export const operation = defineOperation({
	value: 'getPipelines',
	label: 'Get Pipelines',
	action: 'Get deal pipelines',
	summary: 'List the deal pipelines with their stages (IDs and names).',
	endpoints: [ENDPOINTS.dealPipelineList],
	concurrent: 'read',
	properties,
	execute,
});
