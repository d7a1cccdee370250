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
import { archivedFilter, archivedFilterProperty, contains } from '../../helpers/filters';
import { returnList } from '../../helpers/operations';
import { compact } from '../../helpers/utils';
import { requireUuid, toApiDate } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { ownerField, pipelineField, SIMPLE_DEAL_FIELDS, stageField } from './fields';
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
				...archivedFilterProperty('deals'),
				description:
					"Whether to list active or archived deals (without this filter, Leonar lists active ones). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Company ID',
				name: 'companyId',
				type: 'string',
				default: '',
				description: 'Only deals of this company (its Leonar ID)',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description:
					"Only deals created at or after this moment (UTC unless the value has a zone). Not in Leonar's public docs; inferred.",
			},
			ownerField('Only deals owned by this member'),
			pipelineField('Only deals in this pipeline'),
			stageField('filters', 'Only deals in this stage'),
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Disqualified', value: 'disqualified' },
					{ name: 'Lost', value: 'lost' },
					{ name: 'Open', value: 'open' },
					{ name: 'Won', value: 'won' },
				],
				default: 'open',
				description: 'Only deals in this status',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description:
					"Only deals whose title contains this text (case-insensitive). Not in Leonar's public docs; inferred.",
			},
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description:
					"Only deals changed at or after this moment (UTC unless the value has a zone). Not in Leonar's public docs; inferred.",
			},
		],
	},
	simplifyField(SIMPLE_DEAL_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Amount', value: 'amount' },
				{ name: 'Closed At', value: 'closed_at' },
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Expected Close Date', value: 'expected_close_date' },
				{ name: 'Probability', value: 'probability' },
				{ name: 'Title', value: 'title' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const uuid = (name: string, label: string) =>
		filters[name] ? requireUuid.call(this, filters[name], label, i) : undefined;
	const createdAfter = toApiDate.call(this, filters.createdAfter, 'Created After', i, 'date-time');
	const updatedSince = toApiDate.call(this, filters.updatedSince, 'Updated Since', i, 'date-time');

	const qs = compact({
		status: filters.status,
		pipeline_id: uuid('pipelineId', 'Pipeline'),
		stage_id: uuid('stageId', 'Stage'),
		company_id: uuid('companyId', 'Company ID'),
		owner_id: uuid('ownerId', 'Owner'),
		title: contains(filters.title),
		archived_at: archivedFilter(filters.archived),
		created_at: createdAfter && `gte.${createdAfter}`,
		updated_at: updatedSince && `gte.${updatedSince}`,
		sort,
	});

	return await returnList.call(this, ENDPOINTS.dealList, i, { qs }, SIMPLE_DEAL_FIELDS);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many deals',
	summary: 'List deals with filters (status, pipeline, stage, company, owner) and sorting.',
	endpoints: [ENDPOINTS.dealList],
	concurrent: 'read',
	properties,
	execute,
});
