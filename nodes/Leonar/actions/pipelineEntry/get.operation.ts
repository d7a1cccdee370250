import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
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
	const entry = await leonarApiRequest.call(this, ENDPOINTS.entryGet, {
		pathParams: { id: projectId, entryId },
		recordId: entryId,
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? pick(entry, SIMPLE_ENTRY_FIELDS) : entry, i);
}
