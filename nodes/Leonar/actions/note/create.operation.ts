import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../contact/locator';
import { MAX_NOTE_LENGTH } from './locator';

const properties: INodeProperties[] = [
	{ ...contactLocator, description: 'The contact the note is written on' },
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

export const description = updateDisplayOptions(
	{ show: { resource: ['note'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const content = requireText.call(this, this.getNodeParameter('content', i), 'Content', i, MAX_NOTE_LENGTH);
	const note = await leonarApiRequest.call(this, ENDPOINTS.contactNoteCreate, {
		pathParams: { id },
		body: { content },
		itemIndex: i,
	});
	return toItems.call(this, note, i);
}
