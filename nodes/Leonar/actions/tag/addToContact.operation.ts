import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../contact/locator';
import { tagLocator } from './locator';

const properties: INodeProperties[] = [
	{ ...contactLocator, description: 'The contact to tag' },
	{ ...tagLocator, description: 'The tag to add to the contact' },
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['addToContact'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const tagId = getRecordId.call(this, 'tagId', i, 'Tag', 'tag');
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactTagAdd, {
		pathParams: { id },
		body: { tag_id: tagId },
		itemIndex: i,
	});
	return toItems.call(this, contact, i);
}
