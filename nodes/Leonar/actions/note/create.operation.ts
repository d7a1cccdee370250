import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../../descriptions/locators';
import { MAX_NOTE_LENGTH } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact the note is written on' },
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'Text of the note (up to 50,000 characters)',
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	const content = requireText.call(
		this,
		this.getNodeParameter('content', i),
		'Content',
		i,
		MAX_NOTE_LENGTH,
	);
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
