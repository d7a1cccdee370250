import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { noteLocator, SIMPLE_NOTE_FIELDS } from './locator';

const properties: INodeProperties[] = [noteLocator, simplifyField(SIMPLE_NOTE_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['note'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'noteId', i, 'Note', 'note');
	return await returnRecord.call(this, ENDPOINTS.noteGet, i, { pathParams: { id } }, SIMPLE_NOTE_FIELDS);
}
