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
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_SEQUENCE_FIELDS } from './fields';
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
				displayName: 'Name Contains',
				name: 'name',
				type: 'string',
				default: '',
				description:
					"Only sequences whose name contains this text (case-insensitive). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				placeholder: 'active',
				description: 'Only sequences in this status, e.g. active or paused',
			},
		],
	},
	simplifyField(SIMPLE_SEQUENCE_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Status', value: 'status' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const name = typeof filters.name === 'string' ? filters.name.trim() : '';
	const qs = compact({
		status: typeof filters.status === 'string' ? filters.status.trim() : undefined,
		name: name ? `ilike.%${name}%` : undefined,
		sort,
	});
	return await returnList.call(this, ENDPOINTS.sequenceList, i, { qs }, SIMPLE_SEQUENCE_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many sequences',
	summary: 'List outreach sequences, filtered by status or name.',
	endpoints: [ENDPOINTS.sequenceList],
	concurrent: 'read',
	properties,
	execute,
});
