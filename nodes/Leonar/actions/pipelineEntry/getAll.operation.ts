import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField, sortOption } from '../../descriptions/common';
import { compact, updateDisplayOptions } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { getRecordId, requireUuid } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { projectLocator, SIMPLE_ENTRY_FIELDS, stageField } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [stageField(false, 'Only candidates currently in this stage')],
	},
	simplifyField(SIMPLE_ENTRY_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Rating', value: 'rating' },
				{ name: 'Stage Changed At', value: 'stage_changed_at' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		stage_id: filters.stageId ? requireUuid.call(this, filters.stageId, 'Stage', i) : undefined,
		sort,
	});
	return await returnList.call(this, ENDPOINTS.entryList, i, { pathParams: { id: projectId }, qs }, SIMPLE_ENTRY_FIELDS);
}
