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
import { compact } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { projectLocator } from '../../descriptions/locators';
import { SIMPLE_ENTRY_FIELDS, stageField } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		stage_id: filters.stageId ? requireUuid.call(this, filters.stageId, 'Stage', i) : undefined,
		sort,
	});
	return await returnList.call(
		this,
		ENDPOINTS.entryList,
		i,
		{ pathParams: { id: projectId }, qs },
		SIMPLE_ENTRY_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many pipeline entries',
	summary: "List the candidates in a project's pipeline, optionally only those in one stage.",
	endpoints: [ENDPOINTS.entryList],
	concurrent: 'read',
	properties,
	execute,
});
