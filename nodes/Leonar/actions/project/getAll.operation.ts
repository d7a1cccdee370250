import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField, sortOption } from '../../descriptions/common';
import { compact, pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_PROJECT_FIELDS } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text matched against the project name and client name',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'All', value: 'all' },
					{ name: 'Archived', value: 'archived' },
				],
				default: 'active',
				description: 'Which projects to list; without this filter Leonar lists the non-archived ones',
			},
		],
	},
	simplifyField(SIMPLE_PROJECT_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['project'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		status: filters.status,
		search: typeof filters.search === 'string' ? filters.search.trim() : filters.search,
		sort,
	});
	const projects = await leonarApiRequestAllItems.call(this, ENDPOINTS.projectList, { qs, limit, itemIndex: i });
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? projects.map((p) => pick(p, SIMPLE_PROJECT_FIELDS)) : projects, i);
}
