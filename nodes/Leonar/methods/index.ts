import * as crm from './crm';
import * as engagement from './engagement';
import * as contactSearch from './listSearch';

/** Searchable lists behind the resource locators' "From List" mode. */
export const listSearch = {
	...contactSearch,
	searchCompanies: crm.searchCompanies,
	searchDeals: crm.searchDeals,
	searchNotes: crm.searchNotes,
	searchTags: crm.searchTags,
	searchTasks: crm.searchTasks,
	searchConversations: engagement.searchConversations,
	searchPipelineEntries: engagement.searchPipelineEntries,
	searchProjects: engagement.searchProjects,
	searchSequences: engagement.searchSequences,
};

/** Dropdowns loaded from the account. */
export const loadOptions = {
	getCompanyCustomFields: crm.getCompanyCustomFields,
	getContactCustomFields: crm.getContactCustomFields,
	getDealPipelines: crm.getDealPipelines,
	getDealStages: crm.getDealStages,
	getMembers: crm.getMembers,
	getConnectedAccounts: engagement.getConnectedAccounts,
	getProjectStages: engagement.getProjectStages,
};
