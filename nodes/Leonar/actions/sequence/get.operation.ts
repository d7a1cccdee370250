import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { sequenceLocator } from '../../descriptions/locators';
import { SIMPLE_SEQUENCE_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	sequenceLocator.property,
	simplifyField(SIMPLE_SEQUENCE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, sequenceLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.sequenceGet,
		i,
		{ pathParams: { id } },
		SIMPLE_SEQUENCE_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a sequence',
	summary: 'Get one outreach sequence with its enrollment counts.',
	endpoints: [ENDPOINTS.sequenceGet],
	concurrent: 'read',
	properties,
	execute,
});
