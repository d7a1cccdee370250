import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { noteLocator } from '../../descriptions/locators';
import { MAX_NOTE_LENGTH } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	noteLocator.property,
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'New text of the note; it replaces the current text (up to 50,000 characters)',
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, noteLocator, i);
	const content = requireText.call(
		this,
		this.getNodeParameter('content', i),
		'Content',
		i,
		MAX_NOTE_LENGTH,
	);
	const note = await leonarApiRequest.call(this, ENDPOINTS.noteUpdate, {
		pathParams: { id },
		body: { content },
		itemIndex: i,
	});
	return toItems.call(this, note, i);
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a note',
	summary: 'Replace the text of a note.',
	endpoints: [ENDPOINTS.noteUpdate],
	concurrent: 'write',
	properties,
	execute,
});
