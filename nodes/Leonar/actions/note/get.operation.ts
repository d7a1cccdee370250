import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { noteLocator } from '../../descriptions/locators';
import { SIMPLE_NOTE_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	noteLocator.property,
	simplifyField(SIMPLE_NOTE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, noteLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.noteGet,
		i,
		{ pathParams: { id } },
		SIMPLE_NOTE_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a note',
	summary: 'Get one note by ID.',
	endpoints: [ENDPOINTS.noteGet],
	concurrent: 'read',
	properties,
	execute,
});
