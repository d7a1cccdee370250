import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../contact/locator';
import { tagLocator } from './locator';

const properties: INodeProperties[] = [
	{ ...contactLocator, description: 'The contact to remove the tag from' },
	{ ...tagLocator, description: 'The tag to remove from the contact' },
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['removeFromContact'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const tagId = getRecordId.call(this, 'tagId', i, 'Tag', 'tag');
	const answer = await leonarApiRequest.call(this, ENDPOINTS.contactTagRemove, {
		pathParams: { id, tagId },
		itemIndex: i,
		recordId: tagId,
	});
	return toItems.call(this, Object.keys(answer).length ? answer : { contact_id: id, tag_id: tagId, removed: true }, i);
}
