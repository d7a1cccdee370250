import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator, tagLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact to tag' },
	{ ...tagLocator.property, description: 'The tag to add to the contact' },
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const tagId = readRecordId(this, tagLocator, i);
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactTagAdd, {
		pathParams: { id },
		body: { tag_id: tagId },
		itemIndex: i,
	});
	return toItems.call(this, contact, i);
}

export const operation = defineOperation({
	value: 'addToContact',
	label: 'Add to Contact',
	action: 'Add a tag to a contact',
	summary: 'Put an existing tag on a contact; returns the contact.',
	endpoints: [ENDPOINTS.contactTagAdd],
	concurrent: 'write',
	properties,
	execute,
});
