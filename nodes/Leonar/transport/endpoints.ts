import type { IHttpRequestMethods } from 'n8n-workflow';

import type { LeonarScope } from './scopes';

/**
 * How sure we are that an endpoint exists as described (see docs/api-evidence.md):
 * - DOC-REF: an API-reference page documents it.
 * - DOC-GUIDE: only a guide shows it in an example.
 * - CODE: only public client code calls it.
 * - IMPLIED: only the scope table implies it; method and path follow the API's own
 *   conventions and are our best guess. Correct them HERE: this table is the only place
 *   in the node that knows a method or a path.
 */
export type Evidence = 'DOC-REF' | 'DOC-GUIDE' | 'CODE' | 'IMPLIED';

export interface Endpoint {
	method: IHttpRequestMethods;
	/** Path below the base URL; `{name}` placeholders are filled from `pathParams`. */
	path: string;
	/** The scope the key needs; null where Leonar documents none. */
	scope: LeonarScope | null;
	evidence: Evidence;
	/** Record kind named in "not found" messages. */
	record: string;
	/** A POST that only reads (a search) and may therefore be retried safely. */
	readOnlyPost?: boolean;
	/**
	 * A list's documented `sort` (`sort=<field>`, `sort=-<field>` newest/highest first): the
	 * fields, and where that comes from. Only what a source shows is declared here; the node
	 * relies on it to read a list newest first when Leonar ignores a date filter
	 * (helpers/newestFirst.ts).
	 */
	sort?: { fields: readonly string[]; evidence: Evidence };
}

const e = (
	method: IHttpRequestMethods,
	path: string,
	scope: LeonarScope | null,
	evidence: Evidence,
	record: string,
	extra: Partial<Endpoint> = {},
): Endpoint => ({ method, path, scope, evidence, record, ...extra });

export const ENDPOINTS = {
	// Contacts
	contactList: e('GET', '/contacts', 'contacts:read', 'DOC-REF', 'Contact', {
		sort: {
			fields: ['created_at', 'updated_at', 'first_name', 'last_name', 'last_contacted_at'],
			evidence: 'DOC-REF',
		},
	}),
	contactSearch: e('POST', '/contacts/search', 'contacts:read', 'DOC-REF', 'Contact', {
		readOnlyPost: true,
	}),
	contactCreate: e('POST', '/contacts', 'contacts:write', 'DOC-REF', 'Contact'),
	contactGet: e('GET', '/contacts/{id}', 'contacts:read', 'IMPLIED', 'Contact'),
	contactUpdate: e('PUT', '/contacts/{id}', 'contacts:write', 'DOC-GUIDE', 'Contact'),
	contactArchive: e('DELETE', '/contacts/{id}', 'contacts:delete', 'IMPLIED', 'Contact'),
	contactCustomFields: e(
		'GET',
		'/contacts/custom-fields',
		'contacts:read',
		'DOC-GUIDE',
		'Custom field',
	),
	contactFileList: e('GET', '/contacts/{id}/files', 'contacts:read', 'IMPLIED', 'Contact'),
	contactFileUpload: e('POST', '/contacts/{id}/files', 'contacts:write', 'CODE', 'Contact'),
	contactFileGet: e('GET', '/contacts/{id}/files/{fileId}', 'contacts:read', 'IMPLIED', 'File'),
	contactFileDelete: e(
		'DELETE',
		'/contacts/{id}/files/{fileId}',
		'contacts:write',
		'IMPLIED',
		'File',
	),
	contactTagAdd: e('POST', '/contacts/{id}/tags', 'tags:write', 'CODE', 'Contact'),
	contactTagRemove: e('DELETE', '/contacts/{id}/tags/{tagId}', 'tags:write', 'IMPLIED', 'Tag'),
	contactNoteList: e('GET', '/contacts/{id}/notes', 'notes:read', 'IMPLIED', 'Contact'),
	contactNoteCreate: e('POST', '/contacts/{id}/notes', 'notes:write', 'CODE', 'Contact'),

	// Companies
	// sort: the fields the simulator's openapi.json gives this list (x-sort-fields), at the
	// endpoint's own evidence.
	companyList: e('GET', '/companies', 'companies:read', 'CODE', 'Company', {
		sort: { fields: ['created_at', 'updated_at', 'name'], evidence: 'CODE' },
	}),
	companyCreate: e('POST', '/companies', 'companies:write', 'CODE', 'Company'),
	companyGet: e('GET', '/companies/{id}', 'companies:read', 'IMPLIED', 'Company'),
	companyUpdate: e('PUT', '/companies/{id}', 'companies:write', 'DOC-GUIDE', 'Company'),
	companyArchive: e('DELETE', '/companies/{id}', 'companies:delete', 'IMPLIED', 'Company'),
	companyCustomFields: e(
		'GET',
		'/companies/custom-fields',
		'companies:read',
		'IMPLIED',
		'Custom field',
	),

	// Deals and deal pipelines
	dealList: e('GET', '/deals', 'deals:read', 'IMPLIED', 'Deal'),
	dealCreate: e('POST', '/deals', 'deals:write', 'IMPLIED', 'Deal'),
	dealGet: e('GET', '/deals/{id}', 'deals:read', 'IMPLIED', 'Deal'),
	dealUpdate: e('PUT', '/deals/{id}', 'deals:write', 'IMPLIED', 'Deal'),
	dealArchive: e('DELETE', '/deals/{id}', 'deals:delete', 'IMPLIED', 'Deal'),
	dealMoveStage: e('PUT', '/deals/{id}/stage', 'deals:write', 'DOC-REF', 'Deal'),
	dealClose: e('POST', '/deals/{id}/close', 'deals:write', 'DOC-REF', 'Deal'),
	dealReopen: e('POST', '/deals/{id}/reopen', 'deals:write', 'DOC-REF', 'Deal'),
	dealPipelineList: e('GET', '/deals/pipelines', 'deals:read', 'IMPLIED', 'Deal pipeline'),

	// Notes
	noteList: e('GET', '/notes', 'notes:read', 'IMPLIED', 'Note'),
	noteGet: e('GET', '/notes/{id}', 'notes:read', 'IMPLIED', 'Note'),
	noteUpdate: e('PUT', '/notes/{id}', 'notes:write', 'IMPLIED', 'Note'),

	// Tags
	tagList: e('GET', '/tags', 'tags:read', 'CODE', 'Tag'),
	tagCreate: e('POST', '/tags', 'tags:write', 'DOC-REF', 'Tag'),

	// Tasks
	taskList: e('GET', '/tasks', 'tasks:read', 'IMPLIED', 'Task'),
	taskCreate: e('POST', '/tasks', 'tasks:write', 'IMPLIED', 'Task'),
	taskGet: e('GET', '/tasks/{id}', 'tasks:read', 'IMPLIED', 'Task'),
	taskUpdate: e('PUT', '/tasks/{id}', 'tasks:write', 'DOC-REF', 'Task'),
	taskDelete: e('DELETE', '/tasks/{id}', 'tasks:write', 'IMPLIED', 'Task'),

	// Enrichment
	enrichmentCreate: e('POST', '/enrichments', 'enrichment:write', 'IMPLIED', 'Contact'),
	enrichmentGet: e('GET', '/enrichments/{id}', 'enrichment:read', 'IMPLIED', 'Enrichment request'),

	// Conversations and messages
	messageSend: e('POST', '/messages', 'messages:write', 'DOC-REF', 'Contact'),
	conversationList: e('GET', '/conversations', 'messages:read', 'IMPLIED', 'Conversation'),
	conversationGet: e('GET', '/conversations/{id}', 'messages:read', 'IMPLIED', 'Conversation'),
	conversationMessageList: e(
		'GET',
		'/conversations/{id}/messages',
		'messages:read',
		'DOC-REF',
		'Conversation',
	),

	// Projects
	projectList: e('GET', '/projects', 'projects:read', 'CODE', 'Project'),
	projectCreate: e('POST', '/projects', 'projects:write', 'CODE', 'Project'),
	projectGet: e('GET', '/projects/{id}', 'projects:read', 'DOC-GUIDE', 'Project'),
	projectUpdate: e('PUT', '/projects/{id}', 'projects:write', 'DOC-REF', 'Project'),
	projectFileList: e('GET', '/projects/{id}/files', 'projects:read', 'CODE', 'Project'),
	projectFileUpload: e('POST', '/projects/{id}/files', 'projects:write', 'CODE', 'Project'),
	projectFileGet: e('GET', '/projects/{id}/files/{fileId}', 'projects:read', 'IMPLIED', 'File'),
	projectFileDelete: e('DELETE', '/projects/{id}/files/{fileId}', 'projects:write', 'CODE', 'File'),

	// Pipeline entries (candidates in a project)
	entryList: e('GET', '/projects/{id}/entries', 'pipeline:read', 'DOC-GUIDE', 'Project'),
	entryCreate: e('POST', '/projects/{id}/entries', 'pipeline:write', 'DOC-REF', 'Project'),
	entryGet: e(
		'GET',
		'/projects/{id}/entries/{entryId}',
		'pipeline:read',
		'IMPLIED',
		'Pipeline entry',
	),
	entryMoveStage: e(
		'PUT',
		'/projects/{id}/entries/{entryId}/stage',
		'pipeline:write',
		'IMPLIED',
		'Pipeline entry',
	),
	entryUpdate: e(
		'PUT',
		'/projects/{id}/entries/{entryId}',
		'pipeline:write',
		'IMPLIED',
		'Pipeline entry',
	),
	entryDelete: e(
		'DELETE',
		'/projects/{id}/entries/{entryId}',
		'pipeline:write',
		'IMPLIED',
		'Pipeline entry',
	),

	// Sequences
	sequenceList: e('GET', '/sequences', 'sequences:read', 'DOC-REF', 'Sequence'),
	sequenceGet: e('GET', '/sequences/{id}', 'sequences:read', 'DOC-REF', 'Sequence'),
	sequenceEnroll: e('POST', '/sequences/{id}/enroll', 'sequences:write', 'DOC-REF', 'Sequence'),
	sequenceUnenroll: e('POST', '/sequences/{id}/unenroll', 'sequences:write', 'DOC-REF', 'Sequence'),
	sequenceEnrollmentList: e(
		'GET',
		'/sequences/{id}/enrollments',
		'sequences:read',
		'IMPLIED',
		'Sequence',
	),

	// Sourcing
	sourcingSearch: e('POST', '/sourcing/search', 'sourcing:read', 'DOC-REF', 'Project', {
		readOnlyPost: true,
	}),
	sourcingContactSearch: e(
		'POST',
		'/sourcing/contacts/search',
		'sourcing:read',
		'DOC-REF',
		'Project',
		{
			readOnlyPost: true,
		},
	),
	sourcingAdvancedSearch: e(
		'POST',
		'/sourcing/advanced/profiles/search',
		'sourcing:read',
		'DOC-REF',
		'Profile',
	),
	sourcingLinkedinSearch: e(
		'POST',
		'/sourcing/linkedin/search',
		'sourcing:read',
		'DOC-GUIDE',
		'Project',
		{
			readOnlyPost: true,
		},
	),
	sourcingLocations: e(
		'GET',
		'/sourcing/linkedin/locations',
		'sourcing:read',
		'DOC-GUIDE',
		'Location',
	),
	sourcingAddToProject: e(
		'POST',
		'/sourcing/add-to-project',
		'sourcing:write',
		'DOC-REF',
		'Project',
	),

	// Workspace
	connectedAccountList: e('GET', '/connected-accounts', null, 'DOC-GUIDE', 'Connected account'),
	memberList: e('GET', '/workspace/members', null, 'CODE', 'Member'),
} satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
