import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplifyField,
	sortOption,
} from '../../descriptions/common';
import { returnList } from '../../helpers/operations';
import { compact } from '../../helpers/utils';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_TAG_FIELDS, TAG_SCOPES } from './fields';
import { defineOperation } from '../operation';

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
				displayName: 'Scope',
				name: 'scope',
				type: 'options',
				options: TAG_SCOPES,
				default: 'contact',
				description: 'Only tags with this scope',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only tags whose name contains this text',
			},
		],
	},
	simplifyField(SIMPLE_TAG_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
			],
			'name',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		scope: filters.scope,
		search: typeof filters.search === 'string' ? filters.search.trim() : undefined,
		sort,
	});
	return await returnList.call(this, ENDPOINTS.tagList, i, { qs }, SIMPLE_TAG_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many tags',
	summary: "List the workspace's tags, by scope or name.",
	endpoints: [ENDPOINTS.tagList],
	concurrent: 'read',
	properties,
	execute,
});
