import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from '../../descriptions/locators';
import { SIMPLE_ENTRY_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	entryLocator.property,
	simplifyField(SIMPLE_ENTRY_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const entryId = readRecordId(this, entryLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.entryGet,
		i,
		{ pathParams: { id: projectId, entryId }, recordId: entryId },
		SIMPLE_ENTRY_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a pipeline entry',
	summary: "Get one candidate's entry in a project: stage, rating, notes and the contact.",
	endpoints: [ENDPOINTS.entryGet],
	concurrent: 'read',
	properties,
	execute,
});
