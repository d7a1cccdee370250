import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from './locator';

const properties: INodeProperties[] = [contactLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['archive'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactArchive, {
		pathParams: { id },
		itemIndex: i,
	});
	return toItems.call(this, Object.keys(contact).length ? contact : { id, archived: true }, i);
}
