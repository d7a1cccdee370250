import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../../descriptions/locators';
import { contentField, readContent } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact the note is written on' },
	contentField('Text of the note (up to 50,000 characters)'),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const content = readContent(this, i);
	const note = await leonarApiRequest.call(this, ENDPOINTS.contactNoteCreate, {
		pathParams: { id },
		body: { content },
		itemIndex: i,
	});
	return toItems.call(this, note, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a note on a contact',
	summary: 'Write a new note on a contact.',
	endpoints: [ENDPOINTS.contactNoteCreate],
	concurrent: 'create',
	properties,
	execute,
});
