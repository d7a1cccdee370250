import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { dealLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [dealLocator.property, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, dealLocator, i);
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealReopen, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, deal, i);
}

export const operation = defineOperation({
	value: 'reopen',
	label: 'Reopen',
	action: 'Reopen a deal',
	summary: 'Reopen a closed deal: status back to open, close data cleared.',
	endpoints: [ENDPOINTS.dealReopen],
	concurrent: 'write',
	properties,
	execute,
});
