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
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealArchive, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, Object.keys(deal).length ? deal : { id, archived: true }, i);
}

export const operation = defineOperation({
	value: 'archive',
	label: 'Archive',
	action: 'Archive a deal',
	summary: 'Archive a deal: Leonar keeps it, marked archived.',
	endpoints: [ENDPOINTS.dealArchive],
	concurrent: 'write',
	properties,
	execute,
});
