import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { noteLocator } from '../../descriptions/locators';
import { contentField, readContent } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	noteLocator.property,
	contentField('New text of the note; it replaces the current text (up to 50,000 characters)'),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, noteLocator, i);
	const content = readContent(this, i);
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
