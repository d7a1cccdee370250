import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnRecord } from '../../helpers/operations';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator, SIMPLE_ENTRY_FIELDS } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	entryLocator,
	simplifyField(SIMPLE_ENTRY_FIELDS),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const entryId = getRecordId.call(this, 'entryId', i, 'Pipeline Entry', 'pipeline entry');
	return await returnRecord.call(this, ENDPOINTS.entryGet, i, { pathParams: { id: projectId, entryId }, recordId: entryId }, SIMPLE_ENTRY_FIELDS);
}
