import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { compactDeep, toItems } from '../../helpers/utils';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { leonarSourcingRequestAllPages } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { projectLocator } from '../../descriptions/locators';
import {
	booleanField,
	filterReader,
	LINKEDIN_API_TYPES,
	listField,
	locationIdsField,
	numberField,
	SIMPLE_PROFILE_FIELDS,
	simplifyProfiles,
} from './fields';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		...projectLocator.property,
		description:
			'The project the search is for; profiles already in it are flagged already_in_project',
	},
	{
		displayName: 'Source',
		name: 'sourceType',
		type: 'options',
		required: true,
		options: [
			{ name: 'CRM Contacts', value: 'contacts', description: "The workspace's own contacts" },
			{
				name: 'Leonar Database',
				value: 'leonar_source',
				description: "Leonar's candidate database",
			},
			{
				name: 'LinkedIn',
				value: 'linkedin',
				description: 'Live LinkedIn search through a connected account',
			},
		],
		default: 'leonar_source',
		description: 'Where to search for candidates',
	},
	{
		displayName: 'LinkedIn Account Name or ID',
		name: 'accountId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getConnectedAccounts' },
		required: true,
		default: '',
		description:
			'Connected LinkedIn account with an active Recruiter or Sales Navigator seat to search with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { sourceType: ['linkedin'] } },
	},
	{
		displayName: 'LinkedIn Seat',
		name: 'linkedinApiType',
		type: 'options',
		options: [{ name: 'Any Active Seat', value: '' }, ...LINKEDIN_API_TYPES],
		default: '',
		description: 'Which LinkedIn product of the account to search with',
		displayOptions: { show: { sourceType: ['linkedin'] } },
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			listField(
				'Cities',
				'cities',
				'Candidates located in any of these cities (Leonar Database and CRM Contacts)',
			),
			listField(
				'Companies',
				'companies',
				'Candidates who work or worked at any of these companies',
			),
			listField(
				'Contact Types',
				'contactTypes',
				'CRM Contacts only: contact types to include, e.g. candidate',
			),
			listField(
				'Countries',
				'countries',
				'Candidates located in any of these countries (Leonar Database and CRM Contacts)',
			),
			booleanField(
				'Current Job Title Only',
				'currentJobTitleOnly',
				'Whether the job titles must match the current job, not a past one',
			),
			listField(
				'Exclude Companies',
				'excludeCompanies',
				'Leave out candidates currently at any of these companies',
			),
			listField(
				'Exclude Job Titles',
				'excludeJobTitles',
				'Leave out candidates with any of these job titles',
			),
			listField(
				'Exclude Keywords',
				'excludeKeywords',
				'Leave out profiles that mention any of these words',
			),
			listField(
				'Job Titles',
				'jobTitles',
				'Candidates with any of these job titles, e.g. Backend Engineer',
			),
			listField('Keywords', 'keywords', 'Profiles that mention any of these words'),
			listField(
				'LinkedIn Connection Degrees',
				'connectionDegrees',
				'LinkedIn only: connection degrees 1, 2 or 3',
			),
			{ ...locationIdsField, description: `LinkedIn only. ${locationIdsField.description}` },
			numberField(
				'Max Years of Experience',
				'maxYearsExperience',
				'At most this many years of experience',
			),
			numberField(
				'Min Years of Experience',
				'minYearsExperience',
				'At least this many years of experience',
			),
			booleanField(
				'Open to Work Only',
				'openToWork',
				'LinkedIn only: whether to keep only profiles marked open to work',
			),
			booleanField(
				'Require All Skills',
				'requireAllSkills',
				'Whether candidates must have every listed skill instead of any',
			),
			listField('Skills', 'skills', 'Candidates with these skills, e.g. TypeScript, PostgreSQL'),
			listField(
				'States',
				'states',
				'Candidates located in any of these states or regions (Leonar Database and CRM Contacts)',
			),
		],
	},
	simplifyField(SIMPLE_PROFILE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const sourceType = this.getNodeParameter('sourceType', i) as string;
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const read = filterReader(this, filters, i);

	const degrees = read.list('connectionDegrees', 'LinkedIn Connection Degrees').map((degree) => {
		const value = Number(degree);
		if (![1, 2, 3].includes(value)) {
			throw new NodeOperationError(
				this.getNode(),
				`"LinkedIn Connection Degrees" takes 1, 2 or 3, got ${degree}`,
				{
					itemIndex: i,
				},
			);
		}
		return value;
	});
	const body: IDataObject = {
		project_id: projectId,
		source_type: sourceType,
		filters: compactDeep({
			job_titles: {
				include: read.list('jobTitles', 'Job Titles'),
				exclude: read.list('excludeJobTitles', 'Exclude Job Titles'),
				include_current_only: read.flag('currentJobTitleOnly'),
			},
			companies: {
				include: read.list('companies', 'Companies'),
				exclude: read.list('excludeCompanies', 'Exclude Companies'),
			},
			locations: {
				cities: read.list('cities', 'Cities'),
				states: read.list('states', 'States'),
				countries: read.list('countries', 'Countries'),
			},
			linkedin_filters: {
				location_ids: read.locationIds('locationIds', 'LinkedIn Location IDs'),
				is_open_to_work: read.flag('openToWork'),
				connection_degree: degrees,
			},
			skills: {
				include: read.list('skills', 'Skills'),
				require_all: read.flag('requireAllSkills'),
			},
			years_experience: {
				min: read.years('minYearsExperience', 'Min Years of Experience'),
				max: read.years('maxYearsExperience', 'Max Years of Experience'),
			},
			keywords: {
				include: read.list('keywords', 'Keywords'),
				exclude: read.list('excludeKeywords', 'Exclude Keywords'),
			},
			contacts_filters: { contact_types: read.list('contactTypes', 'Contact Types') },
		}),
	};
	if (sourceType === 'linkedin') {
		body.account_id = requireUuid.call(
			this,
			this.getNodeParameter('accountId', i, ''),
			'LinkedIn Account',
			i,
		);
		const apiType = this.getNodeParameter('linkedinApiType', i, '') as string;
		if (apiType) body.linkedin_api_type = apiType;
	}

	const profiles = await leonarSourcingRequestAllPages.call(this, ENDPOINTS.sourcingSearch, {
		body,
		limit,
		recordId: projectId,
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplifyProfiles(profiles, simplify), i);
}

export const operation = defineOperation({
	value: 'search',
	label: 'Search',
	action: 'Search for candidates',
	summary:
		"Search candidates for a project in Leonar's database, the CRM contacts or LinkedIn, by title, company, location, skills and experience.",
	endpoints: [ENDPOINTS.sourcingSearch],
	concurrent: 'read',
	properties,
	execute,
});
