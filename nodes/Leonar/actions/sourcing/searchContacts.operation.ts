import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { compact, compactDeep, toItems } from '../../helpers/utils';
import { requireText, requireUuid, toApiDate, toUuidList } from '../../helpers/validation';
import { leonarSourcingRequestAllPages } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { filterReader, listField, SIMPLE_PROFILE_FIELDS, simplifyProfiles } from './fields';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const text = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			listField('Cities', 'cities', 'Contacts located in any of these cities'),
			listField('Companies', 'companies', 'Contacts who work or worked at any of these companies'),
			listField('Contact Types', 'contactTypes', 'Contact types to include, e.g. candidate'),
			listField('Countries', 'countries', 'Contacts located in any of these countries'),
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description: 'Only contacts created on or after this day (UTC)',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description: 'Only contacts created before this day (UTC)',
			},
			text('First Name', 'firstName', 'First name contains this text'),
			text('Full Name', 'fullName', 'Full name contains this text'),
			listField('Job Titles', 'jobTitles', 'Contacts with any of these job titles'),
			listField('Keywords', 'keywords', 'Profiles that mention any of these words'),
			text('Last Name', 'lastName', 'Last name contains this text'),
			text(
				'Mark Project ID',
				'projectId',
				'Leonar ID of a project: contacts already in it are flagged already_in_project',
			),
			listField('Project IDs', 'projectIds', 'Only contacts in any of these projects (Leonar IDs)'),
			listField(
				'Sequence IDs',
				'sequenceIds',
				'Only contacts enrolled in any of these sequences (Leonar IDs)',
			),
			listField('Skills', 'skills', 'Contacts with any of these skills'),
			{
				displayName: 'Stage Categories',
				name: 'stageCategories',
				type: 'multiOptions',
				options: [
					{ name: 'Contacted', value: 'contacted' },
					{ name: 'Hired', value: 'hired' },
					{ name: 'Interview', value: 'interview' },
					{ name: 'Offer', value: 'offer' },
					{ name: 'Sourced', value: 'sourced' },
				],
				default: [],
				description: 'Only contacts currently in a pipeline stage of these kinds',
			},
			listField(
				'Stage IDs',
				'stageIds',
				'Only contacts currently in any of these pipeline stages (Leonar stage IDs)',
			),
			listField('States', 'states', 'Contacts located in any of these states or regions'),
			listField('Tags', 'tags', 'Contacts with any of these tag names'),
		],
	},
	simplifyField(SIMPLE_PROFILE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const read = filterReader(this, filters, i);
	const name = (field: string, label: string, max: number) =>
		filters[field] ? requireText.call(this, filters[field], label, i, max) : undefined;

	const body = compactDeep({
		project_id: filters.projectId
			? requireUuid.call(this, filters.projectId, 'Mark Project ID', i)
			: undefined,
		job_titles: read.list('jobTitles', 'Job Titles'),
		companies: read.list('companies', 'Companies'),
		locations: {
			cities: read.list('cities', 'Cities'),
			states: read.list('states', 'States'),
			countries: read.list('countries', 'Countries'),
		},
		keywords: read.list('keywords', 'Keywords'),
		skills: read.list('skills', 'Skills'),
		first_name: name('firstName', 'First Name', 100),
		last_name: name('lastName', 'Last Name', 100),
		full_name: name('fullName', 'Full Name', 200),
		contact_types: read.list('contactTypes', 'Contact Types'),
		tags: read.list('tags', 'Tags'),
		project_ids: toUuidList.call(this, filters.projectIds, 'Project IDs', i),
		sequence_ids: toUuidList.call(this, filters.sequenceIds, 'Sequence IDs', i),
		stage_ids: toUuidList.call(this, filters.stageIds, 'Stage IDs', i),
		stage_categories: filters.stageCategories as string[] | undefined,
		created_after: toApiDate.call(this, filters.createdAfter, 'Created After', i, 'date'),
		created_before: toApiDate.call(this, filters.createdBefore, 'Created Before', i, 'date'),
	});

	const profiles = await leonarSourcingRequestAllPages.call(this, ENDPOINTS.sourcingContactSearch, {
		body: compact(body),
		limit,
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplifyProfiles(profiles, simplify), i);
}

export const operation = defineOperation({
	value: 'searchContacts',
	label: 'Search CRM Contacts',
	action: 'Search CRM contacts as sourcing profiles',
	summary:
		'Search the workspace contacts by title, company, location, tags, projects, sequences or stages, returned as sourcing profiles.',
	endpoints: [ENDPOINTS.sourcingContactSearch],
	concurrent: 'read',
	properties,
	execute,
});
