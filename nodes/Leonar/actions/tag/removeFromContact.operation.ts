import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator, tagLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact to remove the tag from' },
	{ ...tagLocator.property, description: 'The tag to remove from the contact' },
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const tagId = readRecordId(this, tagLocator, i);
	const answer = await leonarApiRequest.call(this, ENDPOINTS.contactTagRemove, {
		pathParams: { id, tagId },
		itemIndex: i,
		recordId: tagId,
	});
	return toItems.call(
		this,
		Object.keys(answer).length ? answer : { contact_id: id, tag_id: tagId, removed: true },
		i,
	);
}

export const operation = defineOperation({
	value: 'removeFromContact',
	label: 'Remove From Contact',
	action: 'Remove a tag from a contact',
	summary: 'Take a tag off a contact; the tag itself is kept.',
	endpoints: [ENDPOINTS.contactTagRemove],
	concurrent: 'write',
	properties,
	execute,
});
