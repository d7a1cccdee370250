import * as lists from './listSearch';
import * as dropdowns from './loadOptions';

/** Searchable lists behind the resource locators' "From List" mode. */
export const listSearch = {
	searchCompanies: lists.searchCompanies,
	searchContacts: lists.searchContacts,
	searchConversations: lists.searchConversations,
	searchDeals: lists.searchDeals,
	searchNotes: lists.searchNotes,
	searchPipelineEntries: lists.searchPipelineEntries,
	searchProjects: lists.searchProjects,
	searchSequences: lists.searchSequences,
	searchTags: lists.searchTags,
	searchTasks: lists.searchTasks,
};

/** Dropdowns loaded from the account. */
export const loadOptions = {
	getCompanyCustomFields: dropdowns.getCompanyCustomFields,
	getConnectedAccounts: dropdowns.getConnectedAccounts,
	getContactCustomFields: dropdowns.getContactCustomFields,
	getDealPipelines: dropdowns.getDealPipelines,
	getDealStages: dropdowns.getDealStages,
	getMembers: dropdowns.getMembers,
	getProjectStages: dropdowns.getProjectStages,
};
