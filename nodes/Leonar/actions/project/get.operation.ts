import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnRecord } from '../../helpers/operations';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_PROJECT_FIELDS } from './fields';
import { projectLocator } from './locator';

const properties: INodeProperties[] = [projectLocator, simplifyField(SIMPLE_PROJECT_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	return await returnRecord.call(this, ENDPOINTS.projectGet, i, { pathParams: { id } }, SIMPLE_PROJECT_FIELDS);
}
