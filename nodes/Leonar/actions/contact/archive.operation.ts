import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [contactLocator.property, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactArchive, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, Object.keys(contact).length ? contact : { id, archived: true }, i);
}

export const operation = defineOperation({
	value: 'archive',
	label: 'Archive',
	action: 'Archive a contact',
	summary: 'Archive a contact: Leonar keeps it, marked archived.',
	endpoints: [ENDPOINTS.contactArchive],
	concurrent: 'write',
	properties,
	execute,
});
