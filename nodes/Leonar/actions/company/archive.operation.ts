import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { companyLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [companyLocator.property, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, companyLocator, i);
	const company = await leonarApiRequest.call(this, ENDPOINTS.companyArchive, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, Object.keys(company).length ? company : { id, archived: true }, i);
}

export const operation = defineOperation({
	value: 'archive',
	label: 'Archive',
	action: 'Archive a company',
	summary: 'Archive a company: Leonar keeps it, marked archived.',
	endpoints: [ENDPOINTS.companyArchive],
	concurrent: 'write',
	properties,
	execute,
});
