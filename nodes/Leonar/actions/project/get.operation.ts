import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_PROJECT_FIELDS } from './fields';
import { projectLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	simplifyField(SIMPLE_PROJECT_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, projectLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.projectGet,
		i,
		{ pathParams: { id } },
		SIMPLE_PROJECT_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a project',
	summary: 'Get one project with its owners and pipeline stages (stage IDs).',
	endpoints: [ENDPOINTS.projectGet],
	concurrent: 'read',
	properties,
	execute,
});
