import type { INodeProperties } from 'n8n-workflow';

import * as addToProject from './addToProject.operation';
import * as advancedSearch from './advancedSearch.operation';
import * as getLocations from './getLocations.operation';
import * as linkedinSearch from './linkedinSearch.operation';
import * as search from './search.operation';
import * as searchContacts from './searchContacts.operation';

export { addToProject, advancedSearch, getLocations, linkedinSearch, search, searchContacts };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sourcing'] } },
		options: [
			{
				name: 'Add Profiles to Project',
				value: 'addToProject',
				action: 'Add sourced profiles to a project',
				description:
					"Import the profile of each input item (as a sourcing search returns it) into a project's pipeline as a candidate, creating contacts as needed. Items for the same project are sent together (up to 100 per call). Needs scope sourcing:write.",
			},
			{
				name: 'Advanced Profile Search',
				value: 'advancedSearch',
				action: 'Search people with advanced sourcing',
				description:
					'Search people by job title, company, location and skills, optionally revealing emails and phones. Costs 1 sourcing credit per profile returned; fails with a credits error when the balance is empty. Needs scope sourcing:read.',
			},
			{
				name: 'Get LinkedIn Locations',
				value: 'getLocations',
				action: 'Look up location codes for a place name',
				description: 'Find the LinkedIn geo IDs of a place name, for the location filters of LinkedIn searches. Needs scope sourcing:read.',
			},
			{
				name: 'LinkedIn Search',
				value: 'linkedinSearch',
				action: 'Search candidates live through a connected account',
				description:
					'Live LinkedIn Recruiter or Sales Navigator search through a connected account, with a boolean keyword query; pages with the cursor LinkedIn returns. Needs scope sourcing:read.',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search for candidates',
				description:
					"Search candidates for a project in Leonar's database, the CRM contacts or LinkedIn, by title, company, location, skills and experience. Needs scope sourcing:read.",
			},
			{
				name: 'Search CRM Contacts',
				value: 'searchContacts',
				action: 'Search CRM contacts as sourcing profiles',
				description:
					'Search the workspace contacts by title, company, location, tags, projects, sequences or stages, returned as sourcing profiles. Needs scope sourcing:read.',
			},
		],
		default: 'search',
	},
	...addToProject.description,
	...advancedSearch.description,
	...getLocations.description,
	...linkedinSearch.description,
	...search.description,
	...searchContacts.description,
];
