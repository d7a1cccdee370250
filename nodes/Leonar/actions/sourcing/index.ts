import { defineResource } from '../resource';
import { operation as addToProject } from './addToProject.operation';
import { operation as advancedSearch } from './advancedSearch.operation';
import { operation as getLocations } from './getLocations.operation';
import { operation as linkedinSearch } from './linkedinSearch.operation';
import { operation as search } from './search.operation';
import { operation as searchContacts } from './searchContacts.operation';

export const sourcing = defineResource({
	value: 'sourcing',
	label: 'Sourcing',
	summary: "Find candidates in Leonar's database, the CRM or LinkedIn and add them to projects.",
	defaultOperation: 'search',
	operations: [addToProject, advancedSearch, getLocations, linkedinSearch, search, searchContacts],
});
