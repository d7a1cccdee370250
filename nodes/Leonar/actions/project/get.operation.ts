import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
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
	const project = await leonarApiRequest.call(this, ENDPOINTS.projectGet, { pathParams: { id }, itemIndex: i });
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? pick(project, SIMPLE_PROJECT_FIELDS) : project, i);
}
