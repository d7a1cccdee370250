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
import { requireUuid, toApiDate, toStringList } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_CONTACT_FIELDS } from './fields';
import { defineOperation } from '../operation';

const text = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});
const date = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description,
});
const number = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 0,
	description,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		placeholder: 'e.g. data engineer',
		description:
			"Free text searched across the whole contact; leave empty to search on filters only. That it matches email addresses is not in Leonar's public docs (Create or Update checks it).",
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			text('Company', 'company', 'Current company name contains this text'),
			text(
				'Contact Types',
				'contactTypes',
				'Comma-separated contact types, e.g. candidate, client',
			),
			date('Created After', 'createdAfter', 'Created on or after this day (UTC)'),
			date('Created Before', 'createdBefore', 'Created before this day (UTC)'),
			date(
				'Last Contacted After',
				'lastContactedAfter',
				'Last contacted on or after this day (UTC)',
			),
			date('Last Contacted Before', 'lastContactedBefore', 'Last contacted before this day (UTC)'),
			text('Location', 'location', 'Location contains this text'),
			text('Name', 'name', 'Full name contains this text'),
			text('Project ID', 'projectId', 'Only contacts in this project (its Leonar ID)'),
			number('Salary Max', 'salaryMax', 'Highest salary expectation'),
			number('Salary Min', 'salaryMin', 'Lowest salary expectation'),
			text('Sequence ID', 'sequenceId', 'Only contacts enrolled in this sequence (its Leonar ID)'),
			text('Tags', 'tags', 'Comma-separated tag names; contacts with any of them'),
			text('Title', 'title', 'Job title contains this text'),
		],
	},
	simplifyField(SIMPLE_CONTACT_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Last Contacted At', value: 'last_contacted_at' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-updated_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const query = this.getNodeParameter('query', i, '') as string;
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = (this.getNodeParameter('options.sort', i, '-updated_at') as string) || '-updated_at';
	const listOf = (name: string, label: string) => toStringList.call(this, filters[name], label, i);
	const dateOf = (name: string, label: string) =>
		toApiDate.call(this, filters[name], label, i, 'date');
	const uuidOf = (name: string, label: string) =>
		filters[name] ? requireUuid.call(this, filters[name], label, i) : undefined;
	const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);

	const body = compact({
		query: query.trim(),
		name: filters.name,
		title: filters.title,
		company: filters.company,
		location: filters.location,
		contact_types: listOf('contactTypes', 'Contact Types'),
		tags: listOf('tags', 'Tags'),
		created_after: dateOf('createdAfter', 'Created After'),
		created_before: dateOf('createdBefore', 'Created Before'),
		last_contacted_after: dateOf('lastContactedAfter', 'Last Contacted After'),
		last_contacted_before: dateOf('lastContactedBefore', 'Last Contacted Before'),
		salary_min: positive(filters.salaryMin),
		salary_max: positive(filters.salaryMax),
		project_id: uuidOf('projectId', 'Project ID'),
		sequence_id: uuidOf('sequenceId', 'Sequence ID'),
		sort_by: sort.replace(/^-/, ''),
		sort_direction: sort.startsWith('-') ? 'desc' : 'asc',
	});

	return await returnList.call(
		this,
		ENDPOINTS.contactSearch,
		i,
		{ body, pageInBody: true },
		SIMPLE_CONTACT_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'search',
	label: 'Search',
	action: 'Search contacts',
	summary:
		'Structured search over contacts: text, title, company, tags, dates, salary, project, sequence.',
	endpoints: [ENDPOINTS.contactSearch],
	concurrent: 'read',
	properties,
	execute,
});
