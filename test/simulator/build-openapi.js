#!/usr/bin/env node
'use strict';
/*
 * Source of test/simulator/openapi.json.
 *
 * The Leonar API is described once, in OpenAPI 3.0 form, by this script; the simulator reads ONLY the
 * generated openapi.json (routing, scopes, validation, filter/sort fields). Edit this file and run
 * `node test/simulator/build-openapi.js` (then `node test/simulator/gen-endpoints-md.js`).
 *
 * Vendor extensions:
 *   x-scope          required scope (null = any valid key)
 *   x-evidence       DOC-REF | DOC-GUIDE | CODE | IMPLIED (see docs/api-evidence.md)
 *   x-evidence-note  free text
 *   x-handler        handler name in routes/*.js
 *   x-plan-feature   true on sourcing/enrichment endpoints (403 plan_upgrade_required for that demo key)
 *   x-rate-limit     false = not counted and no X-RateLimit-* headers
 *   x-filter-fields  record fields accepting PostgREST operators (eq. neq. gt. gte. lt. lte. like. ilike. is.)
 *   x-sort-fields    allowed `sort` fields;  x-default-sort: default sort
 */
const fs = require('fs');
const path = require('path');

const uuid = { type: 'string', format: 'uuid' };
const date = { type: 'string', format: 'date' };
const str = (maxLength, extra = {}) => ({
	type: 'string',
	...(maxLength ? { maxLength } : {}),
	...extra,
});
const int = (minimum, maximum, extra = {}) => ({
	type: 'integer',
	...(minimum !== undefined ? { minimum } : {}),
	...(maximum !== undefined ? { maximum } : {}),
	...extra,
});
const num = (minimum, maximum) => ({
	type: 'number',
	...(minimum !== undefined ? { minimum } : {}),
	...(maximum !== undefined ? { maximum } : {}),
});
const bool = { type: 'boolean' };
const arr = (items, maxItems, extra = {}) => ({
	type: 'array',
	items,
	...(maxItems ? { maxItems } : {}),
	...extra,
});
const en = (...values) => ({ type: 'string', enum: values });
const nullable = (s) => ({ ...s, nullable: true });
const obj = (properties, required = [], extra = {}) => ({
	type: 'object',
	additionalProperties: false,
	properties,
	...(required.length ? { required } : {}),
	...extra,
});

// ---------------------------------------------------------------- shared enums / field lists
const TASK_TYPES = [
	'call',
	'email',
	'linkedin_connect',
	'linkedin_message',
	'whatsapp',
	'todo',
	'reminder',
	'meeting',
	'interview',
];
const TASK_STATUSES = ['todo', 'done', 'skipped'];
const PRIORITIES = ['low', 'medium', 'high'];
const CONTACT_CREATE_STATUSES = ['new', 'contacted', 'replied', 'qualified', 'archived'];
const CONTACT_STATUSES = [
	'new',
	'contacted',
	'replied',
	'qualified',
	'bounced',
	'do_not_contact',
	'archived',
];
const CONTACT_LIST_STATUSES = [
	'new',
	'contacted',
	'replied',
	'bounced',
	'do_not_contact',
	'archived',
	'all',
];
const DEAL_STATUSES = ['open', 'won', 'lost', 'disqualified'];
const TAG_SCOPES = ['global', 'contact', 'company', 'deal', 'project'];
const CHANNELS = ['email', 'linkedin', 'whatsapp'];
const ENROLLMENT_STATUSES = ['active', 'paused', 'finished', 'replied', 'bounced'];
const DATA_TYPES = ['work_email', 'personal_email', 'phone'];

const F = {
	contact: [
		'id',
		'first_name',
		'last_name',
		'title',
		'current_company',
		'company_id',
		'location',
		'linkedin_profile',
		'emails',
		'phones',
		'tags',
		'contact_type',
		'global_status',
		'source',
		'summary',
		'skills',
		'languages',
		'years_experience',
		'do_not_contact',
		'created_at',
		'updated_at',
		'last_contacted_at',
		'archived_at',
	],
	company: [
		'id',
		'name',
		'domain',
		'industry',
		'size',
		'location',
		'website',
		'linkedin_url',
		'description',
		'created_at',
		'updated_at',
		'archived_at',
	],
	deal: [
		'id',
		'title',
		'status',
		'amount',
		'signed_amount',
		'currency',
		'expected_amount',
		'expected_close_date',
		'actual_close_date',
		'probability',
		'pipeline_id',
		'stage_id',
		'company_id',
		'owner_id',
		'closed_at',
		'created_at',
		'updated_at',
		'archived_at',
	],
	note: [
		'id',
		'content',
		'contact_id',
		'company_id',
		'deal_id',
		'project_id',
		'author_id',
		'created_at',
		'updated_at',
	],
	tag: ['id', 'name', 'color', 'scope', 'created_at'],
	task: [
		'id',
		'title',
		'description',
		'type',
		'status',
		'priority',
		'due_date',
		'assigned_to',
		'contact_id',
		'company_id',
		'deal_id',
		'project_id',
		'completed_at',
		'created_at',
		'updated_at',
	],
	conversation: [
		'id',
		'contact_id',
		'channel',
		'subject',
		'messages_count',
		'last_message_at',
		'created_at',
		'updated_at',
	],
	project: [
		'id',
		'name',
		'status',
		'client_name',
		'client_company_id',
		'location',
		'description',
		'template_id',
		'entries_count',
		'created_at',
		'updated_at',
	],
	entry: [
		'id',
		'project_id',
		'contact_id',
		'stage_id',
		'stage.id',
		'stage.name',
		'rating',
		'notes',
		'rejection_reason_id',
		'stage_changed_at',
		'created_at',
		'updated_at',
	],
	sequence: ['id', 'name', 'status', 'priority', 'steps_count', 'created_at', 'updated_at'],
	enrollment: [
		'id',
		'sequence_id',
		'contact_id',
		'status',
		'enrolled_at',
		'created_at',
		'updated_at',
	],
};

// ---------------------------------------------------------------- parameters
const P = {
	limit: {
		name: 'limit',
		in: 'query',
		description: 'Page size',
		schema: int(1, 100, { default: 50 }),
	},
	offset: {
		name: 'offset',
		in: 'query',
		description: 'Rows to skip',
		schema: int(0, undefined, { default: 0 }),
	},
	sort: {
		name: 'sort',
		in: 'query',
		description: 'Sort field, `-` prefix for descending; comma-separated for several',
		schema: str(200),
	},
	q: (name, schema, description) => ({
		name,
		in: 'query',
		...(description ? { description } : {}),
		schema,
	}),
};
const paging = [P.limit, P.offset];

// ---------------------------------------------------------------- request bodies
const emailItem = obj(
	{ email: { type: 'string', format: 'email', maxLength: 254 }, type: str(50) },
	['email'],
);
const phoneItem = obj({ phone: str(50), type: str(50) }, ['phone']);
const customData = {
	type: 'object',
	additionalProperties: true,
	description:
		'Keyed by custom-field key; validated against the workspace definitions; null removes a key (update)',
};

const contactFields = {
	first_name: str(100, { minLength: 1 }),
	last_name: str(100),
	email: { type: 'string', format: 'email', maxLength: 254 },
	emails: arr(emailItem, 5),
	phone: str(50),
	phones: arr(phoneItem, 5),
	title: str(255),
	current_company: str(255),
	company_id: nullable(uuid),
	location: str(255),
	linkedin_profile: str(500),
	skills: arr(str(100), 100),
	languages: arr(str(100), 50),
	summary: str(5000),
	years_experience: nullable(num(0, 80)),
	contact_type: str(50),
	source: str(50),
	tags: arr(str(100, { minLength: 1 }), 50),
	custom_data: customData,
	global_status: en(...CONTACT_CREATE_STATUSES),
	do_not_contact: bool,
};
const contactCreate = obj(contactFields, ['first_name']);
const contactUpdate = obj({ ...contactFields, custom_data: nullable(customData) });

const contactSearch = obj({
	query: str(500),
	name: str(200),
	title: str(200),
	company: str(200),
	location: str(200),
	contact_types: arr(str(50), 20),
	tags: arr(str(100), 50),
	created_after: date,
	created_before: date,
	last_contacted_after: date,
	last_contacted_before: date,
	salary_min: num(),
	salary_max: num(),
	project_id: uuid,
	sequence_id: uuid,
	sort_by: en('created_at', 'updated_at', 'first_name', 'last_name', 'last_contacted_at'),
	sort_direction: en('asc', 'desc'),
	limit: int(1, 100, { default: 50 }),
	offset: int(0, undefined, { default: 0 }),
});

const fileUpload = obj(
	{
		filename: str(255, { minLength: 1 }),
		content_type: str(255, { minLength: 1 }),
		file_base64: {
			type: 'string',
			minLength: 1,
			description: 'Standard base64, max 10 MB decoded',
		},
	},
	['filename', 'file_base64'],
);

const companyFields = {
	name: str(255, { minLength: 1 }),
	domain: str(255),
	industry: str(255),
	size: str(50),
	location: str(255),
	website: str(500),
	linkedin_url: str(500),
	description: str(5000),
	custom_data: customData,
};
const companyCreate = obj(companyFields, ['name']);
const companyUpdate = obj({ ...companyFields, custom_data: nullable(customData) });

const dealFields = {
	title: str(255, { minLength: 1 }),
	pipeline_id: uuid,
	stage_id: uuid,
	company_id: nullable(uuid),
	owner_id: nullable(uuid),
	amount: nullable(num(0)),
	currency: str(3, { minLength: 3, pattern: '^[A-Z]{3}$' }),
	expected_close_date: nullable(date),
	probability: nullable(int(0, 100)),
	contact_ids: arr(uuid, 100),
};
const dealCreate = obj(dealFields, ['title']);
const dealUpdate = obj(dealFields);

const taskFields = {
	title: str(255, { minLength: 1 }),
	description: nullable(str(5000)),
	type: en(...TASK_TYPES),
	status: en(...TASK_STATUSES),
	priority: en(...PRIORITIES),
	due_date: nullable(date),
	assigned_to: nullable(uuid),
	contact_id: nullable(uuid),
	company_id: nullable(uuid),
	deal_id: nullable(uuid),
	project_id: nullable(uuid),
};

const projectCreate = obj(
	{
		name: str(100, { minLength: 1 }),
		client_company_id: nullable(uuid),
		client_name: str(255),
		owner_ids: arr(uuid, 20),
		location: str(255),
		description: str(5000),
	},
	['name'],
);
const projectUpdate = obj({
	name: str(100, { minLength: 1 }),
	client_name: nullable(str(255)),
	client_company_id: nullable(uuid),
	status: en('active', 'archived'),
	location: nullable(str(255)),
	description: nullable(str(5000)),
});

const sourcingProfile = {
	type: 'object',
	additionalProperties: true,
	required: ['first_name'],
	description:
		'A profile object as returned by a sourcing search (response-only fields are ignored)',
	properties: {
		profile_id: str(500),
		first_name: str(100),
		last_name: str(100),
		headline: nullable(str(1000)),
		picture_url: nullable(str(2000)),
		location: nullable(str(255)),
		linkedin_url: nullable(str(500)),
		summary: nullable(str(10000)),
		current_job: nullable({ type: 'object' }),
		experiences: arr({ type: 'object' }),
		educations: arr({ type: 'object' }),
		skills: arr({ type: 'string' }),
		total_years_experience: nullable({ type: 'number' }),
	},
};

const sourcingFilters = {
	type: 'object',
	additionalProperties: false,
	properties: {
		job_titles: obj({
			include: arr(str(200), 50),
			exclude: arr(str(200), 50),
			include_current_only: bool,
		}),
		companies: obj({ include: arr(str(200), 50), exclude: arr(str(200), 50) }),
		locations: obj({
			cities: arr(str(200), 50),
			states: arr(str(200), 50),
			countries: arr(str(200), 50),
		}),
		linkedin_filters: obj({
			location_ids: { type: 'object', additionalProperties: { type: 'string' } },
			is_open_to_work: bool,
			connection_degree: arr(int(1, 3), 3),
		}),
		skills: obj({ include: arr(str(100), 50), require_all: bool }),
		years_experience: obj({ min: int(0, 80), max: int(0, 80) }),
		keywords: obj({ include: arr(str(200), 50), exclude: arr(str(200), 50) }),
		contacts_filters: obj({ contact_types: arr(str(50), 10) }),
	},
};

// ---------------------------------------------------------------- operations
const ops = [];
function op(method, p, o) {
	ops.push({ method, path: p, ...o });
}
const listOf = (fields, sortFields, defaultSort = '-created_at') => ({
	filterFields: fields,
	sortFields,
	defaultSort,
});

// Contacts
op('get', '/contacts', {
	id: 'listContacts',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'DOC-REF',
	summary: 'List contacts (short form); archived excluded unless global_status=archived',
	query: [
		...paging,
		P.q('search', str(500), 'Free text on name, company, title'),
		P.q('contact_type', str(50)),
		P.q('company_id', uuid),
		P.q('location', str(255)),
		P.q('global_status', { ...en(...CONTACT_LIST_STATUSES), default: 'all' }),
		P.q('created_after', date),
		P.q('created_before', date),
		P.sort,
	],
	list: listOf(F.contact, [
		'created_at',
		'updated_at',
		'first_name',
		'last_name',
		'last_contacted_at',
	]),
});
op('post', '/contacts/search', {
	id: 'searchContacts',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'DOC-REF',
	summary: 'Structured contact search (full form; paging in the body)',
	body: contactSearch,
});
op('post', '/contacts', {
	id: 'createContact',
	tag: 'Contacts',
	scope: 'contacts:write',
	ev: 'DOC-REF',
	summary: 'Create a contact',
	body: contactCreate,
	status: 201,
});
op('get', '/contacts/custom-fields', {
	id: 'listContactCustomFields',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'DOC-GUIDE',
	summary: 'List contact custom-field definitions',
	query: paging,
});
op('get', '/contacts/{id}', {
	id: 'getContact',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'IMPLIED',
	summary: 'Get a contact (full form)',
});
op('put', '/contacts/{id}', {
	id: 'updateContact',
	tag: 'Contacts',
	scope: 'contacts:write',
	ev: 'DOC-GUIDE',
	summary: 'Update a contact (partial; custom_data merged, null removes a key)',
	body: contactUpdate,
});
op('delete', '/contacts/{id}', {
	id: 'archiveContact',
	tag: 'Contacts',
	scope: 'contacts:delete',
	ev: 'IMPLIED',
	summary: 'Archive a contact (soft; returns the archived contact)',
});
op('get', '/contacts/{id}/files', {
	id: 'listContactFiles',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'IMPLIED',
	summary: 'List files attached to a contact',
	query: paging,
});
op('post', '/contacts/{id}/files', {
	id: 'uploadContactFile',
	tag: 'Contacts',
	scope: 'contacts:write',
	ev: 'CODE',
	summary: 'Attach a file (base64, max 10 MB) to a contact',
	body: fileUpload,
	status: 201,
});
op('get', '/contacts/{id}/files/{file_id}', {
	id: 'getContactFile',
	tag: 'Contacts',
	scope: 'contacts:read',
	ev: 'IMPLIED',
	summary: 'Get a contact file (metadata + file_base64)',
});
op('delete', '/contacts/{id}/files/{file_id}', {
	id: 'deleteContactFile',
	tag: 'Contacts',
	scope: 'contacts:write',
	ev: 'IMPLIED',
	summary: 'Delete a contact file (204)',
	status: 204,
});
op('post', '/contacts/{id}/tags', {
	id: 'addContactTag',
	tag: 'Tags',
	scope: 'tags:write',
	ev: 'CODE',
	summary: 'Add an existing tag to a contact',
	body: obj({ tag_id: uuid }, ['tag_id']),
});
op('delete', '/contacts/{id}/tags/{tag_id}', {
	id: 'removeContactTag',
	tag: 'Tags',
	scope: 'tags:write',
	ev: 'IMPLIED',
	summary: 'Remove a tag from a contact (204)',
	status: 204,
});
op('get', '/contacts/{id}/notes', {
	id: 'listContactNotes',
	tag: 'Notes',
	scope: 'notes:read',
	ev: 'IMPLIED',
	summary: "List a contact's notes",
	query: [...paging, P.sort],
	list: listOf(null, ['created_at', 'updated_at']),
});
op('post', '/contacts/{id}/notes', {
	id: 'createContactNote',
	tag: 'Notes',
	scope: 'notes:write',
	ev: 'CODE',
	summary: 'Add a note to a contact',
	body: obj({ content: str(50000, { minLength: 1 }) }, ['content']),
	status: 201,
});

// Companies
op('get', '/companies', {
	id: 'listCompanies',
	tag: 'Companies',
	scope: 'companies:read',
	ev: 'CODE',
	summary: 'List companies',
	query: [...paging, P.q('search', str(500), 'Name / domain'), P.sort],
	list: listOf(F.company, ['created_at', 'updated_at', 'name']),
});
op('post', '/companies', {
	id: 'createCompany',
	tag: 'Companies',
	scope: 'companies:write',
	ev: 'CODE',
	summary: 'Create a company',
	body: companyCreate,
	status: 201,
});
op('get', '/companies/custom-fields', {
	id: 'listCompanyCustomFields',
	tag: 'Companies',
	scope: 'companies:read',
	ev: 'IMPLIED',
	summary: 'List company custom-field definitions',
	query: paging,
	note: 'custom-fields guide mentions company definition endpoints; path not shown',
});
op('get', '/companies/{id}', {
	id: 'getCompany',
	tag: 'Companies',
	scope: 'companies:read',
	ev: 'IMPLIED',
	summary: 'Get a company',
});
op('put', '/companies/{id}', {
	id: 'updateCompany',
	tag: 'Companies',
	scope: 'companies:write',
	ev: 'DOC-GUIDE',
	summary: 'Update a company (custom_data merged)',
	body: companyUpdate,
});
op('delete', '/companies/{id}', {
	id: 'archiveCompany',
	tag: 'Companies',
	scope: 'companies:delete',
	ev: 'IMPLIED',
	summary: 'Archive a company',
});

// Deals
op('get', '/deals', {
	id: 'listDeals',
	tag: 'Deals',
	scope: 'deals:read',
	ev: 'IMPLIED',
	summary: 'List deals',
	query: [
		...paging,
		P.q('status', en(...DEAL_STATUSES)),
		P.q('pipeline_id', uuid),
		P.q('stage_id', uuid),
		P.q('company_id', uuid),
		P.q('owner_id', uuid),
		P.sort,
	],
	list: listOf(F.deal, [
		'created_at',
		'updated_at',
		'title',
		'amount',
		'expected_close_date',
		'probability',
		'closed_at',
	]),
});
op('post', '/deals', {
	id: 'createDeal',
	tag: 'Deals',
	scope: 'deals:write',
	ev: 'IMPLIED',
	summary: 'Create a deal (default pipeline / first stage)',
	body: dealCreate,
	status: 201,
});
op('get', '/deals/pipelines', {
	id: 'listDealPipelines',
	tag: 'Deals',
	scope: 'deals:read',
	ev: 'IMPLIED',
	summary: 'List deal pipelines with their stages',
	query: paging,
});
op('get', '/deals/{id}', {
	id: 'getDeal',
	tag: 'Deals',
	scope: 'deals:read',
	ev: 'IMPLIED',
	summary: 'Get a deal',
});
op('put', '/deals/{id}', {
	id: 'updateDeal',
	tag: 'Deals',
	scope: 'deals:write',
	ev: 'IMPLIED',
	summary: 'Update a deal',
	body: dealUpdate,
});
op('delete', '/deals/{id}', {
	id: 'archiveDeal',
	tag: 'Deals',
	scope: 'deals:delete',
	ev: 'IMPLIED',
	summary: 'Archive a deal',
});
op('put', '/deals/{id}/stage', {
	id: 'moveDealStage',
	tag: 'Deals',
	scope: 'deals:write',
	ev: 'DOC-REF',
	summary: 'Move a deal to a stage of its pipeline',
	body: obj({ stage_id: uuid }, ['stage_id']),
});
op('post', '/deals/{id}/close', {
	id: 'closeDeal',
	tag: 'Deals',
	scope: 'deals:write',
	ev: 'DOC-REF',
	summary: 'Close a deal (won/lost/disqualified)',
	body: obj(
		{
			status: en('won', 'lost', 'disqualified'),
			signed_amount: num(0),
			actual_close_date: date,
			close_reason_id: uuid,
			loss_reason_id: uuid,
		},
		['status'],
	),
});
op('post', '/deals/{id}/reopen', {
	id: 'reopenDeal',
	tag: 'Deals',
	scope: 'deals:write',
	ev: 'DOC-REF',
	summary: 'Reopen a closed deal (no body)',
	body: obj({}),
	bodyOptional: true,
});

// Notes
op('get', '/notes', {
	id: 'listNotes',
	tag: 'Notes',
	scope: 'notes:read',
	ev: 'IMPLIED',
	summary: 'List notes',
	query: [
		...paging,
		P.q('contact_id', uuid),
		P.q('company_id', uuid),
		P.q('deal_id', uuid),
		P.q('project_id', uuid),
		P.sort,
	],
	list: listOf(F.note, ['created_at', 'updated_at']),
});
op('get', '/notes/{id}', {
	id: 'getNote',
	tag: 'Notes',
	scope: 'notes:read',
	ev: 'IMPLIED',
	summary: 'Get a note',
});
op('put', '/notes/{id}', {
	id: 'updateNote',
	tag: 'Notes',
	scope: 'notes:write',
	ev: 'IMPLIED',
	summary: 'Update a note',
	body: obj({ content: str(50000, { minLength: 1 }) }, ['content']),
});

// Tags
op('get', '/tags', {
	id: 'listTags',
	tag: 'Tags',
	scope: 'tags:read',
	ev: 'CODE',
	summary: 'List tags',
	query: [...paging, P.q('scope', en(...TAG_SCOPES)), P.q('search', str(100)), P.sort],
	list: listOf(F.tag, ['name', 'created_at'], 'name'),
});
op('post', '/tags', {
	id: 'createTag',
	tag: 'Tags',
	scope: 'tags:write',
	ev: 'DOC-REF',
	summary: 'Create a tag',
	body: obj(
		{
			name: str(100, { minLength: 1 }),
			color: str(7, { pattern: '^#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?$' }),
			scope: { ...en(...TAG_SCOPES), default: 'global' },
		},
		['name'],
	),
	status: 201,
});

// Tasks
op('get', '/tasks', {
	id: 'listTasks',
	tag: 'Tasks',
	scope: 'tasks:read',
	ev: 'IMPLIED',
	summary: 'List tasks',
	query: [
		...paging,
		P.q('status', en(...TASK_STATUSES)),
		P.q('type', en(...TASK_TYPES)),
		P.q('priority', en(...PRIORITIES)),
		P.q('assigned_to', uuid),
		P.q('contact_id', uuid),
		P.q('company_id', uuid),
		P.q('deal_id', uuid),
		P.q('project_id', uuid),
		P.sort,
	],
	list: listOf(F.task, ['created_at', 'updated_at', 'due_date', 'priority', 'title', 'status']),
});
op('post', '/tasks', {
	id: 'createTask',
	tag: 'Tasks',
	scope: 'tasks:write',
	ev: 'IMPLIED',
	summary: 'Create a task',
	body: obj(taskFields, ['title']),
	status: 201,
});
op('get', '/tasks/{id}', {
	id: 'getTask',
	tag: 'Tasks',
	scope: 'tasks:read',
	ev: 'IMPLIED',
	summary: 'Get a task',
});
op('put', '/tasks/{id}', {
	id: 'updateTask',
	tag: 'Tasks',
	scope: 'tasks:write',
	ev: 'DOC-REF',
	summary: 'Update a task',
	body: obj(taskFields),
});
op('delete', '/tasks/{id}', {
	id: 'deleteTask',
	tag: 'Tasks',
	scope: 'tasks:write',
	ev: 'IMPLIED',
	summary: 'Delete a task (hard, 204)',
	status: 204,
});

// Enrichment
op('post', '/enrichments', {
	id: 'createEnrichment',
	tag: 'Enrichment',
	scope: 'enrichment:write',
	ev: 'IMPLIED',
	plan: true,
	summary: 'Trigger contact enrichment (async, 1 enrichment credit)',
	body: obj(
		{
			contact_id: uuid,
			data_types: {
				...arr(en(...DATA_TYPES), 3, { minItems: 1, uniqueItems: true }),
				default: ['work_email'],
			},
		},
		['contact_id'],
	),
	status: 201,
});
op('get', '/enrichments/{id}', {
	id: 'getEnrichment',
	tag: 'Enrichment',
	scope: 'enrichment:read',
	ev: 'IMPLIED',
	plan: true,
	summary: 'Get enrichment request status (completed ≥1 s after creation)',
});

// Messages
op('post', '/messages', {
	id: 'sendMessage',
	tag: 'Messages',
	scope: 'messages:write',
	ev: 'DOC-REF',
	summary: 'Send a message to a contact (creates the conversation if needed)',
	body: obj(
		{
			contact_id: uuid,
			channel: en(...CHANNELS),
			content: str(20000, { minLength: 1 }),
			subject: str(500),
		},
		['contact_id', 'channel', 'content'],
	),
	status: 201,
});
op('get', '/conversations', {
	id: 'listConversations',
	tag: 'Messages',
	scope: 'messages:read',
	ev: 'IMPLIED',
	summary: 'List conversations',
	query: [...paging, P.q('contact_id', uuid), P.q('channel', en(...CHANNELS)), P.sort],
	list: listOf(F.conversation, ['created_at', 'updated_at', 'last_message_at'], '-last_message_at'),
});
op('get', '/conversations/{id}', {
	id: 'getConversation',
	tag: 'Messages',
	scope: 'messages:read',
	ev: 'IMPLIED',
	summary: 'Get a conversation',
});
op('get', '/conversations/{id}/messages', {
	id: 'listConversationMessages',
	tag: 'Messages',
	scope: 'messages:read',
	ev: 'DOC-REF',
	summary: 'List messages of a conversation (newest first)',
	query: paging,
});

// Projects
op('get', '/projects', {
	id: 'listProjects',
	tag: 'Projects',
	scope: 'projects:read',
	ev: 'CODE',
	summary: 'List projects (archived excluded unless status=archived|all)',
	query: [
		...paging,
		P.q('status', en('active', 'archived', 'all')),
		P.q('search', str(500)),
		P.sort,
	],
	list: listOf(F.project, ['created_at', 'updated_at', 'name']),
});
op('post', '/projects', {
	id: 'createProject',
	tag: 'Projects',
	scope: 'projects:write',
	ev: 'CODE',
	summary: 'Create a project (with the default 5-stage pipeline)',
	body: projectCreate,
	status: 201,
});
op('get', '/projects/{id}', {
	id: 'getProject',
	tag: 'Projects',
	scope: 'projects:read',
	ev: 'DOC-GUIDE',
	summary: 'Get a project incl. pipeline.stages',
});
op('put', '/projects/{id}', {
	id: 'updateProject',
	tag: 'Projects',
	scope: 'projects:write',
	ev: 'DOC-REF',
	summary: 'Update a project (status archived = archive)',
	body: projectUpdate,
});
op('get', '/projects/{id}/files', {
	id: 'listProjectFiles',
	tag: 'Projects',
	scope: 'projects:read',
	ev: 'CODE',
	summary: 'List project files',
	query: paging,
});
op('post', '/projects/{id}/files', {
	id: 'uploadProjectFile',
	tag: 'Projects',
	scope: 'projects:write',
	ev: 'CODE',
	summary: 'Attach a file (base64, max 10 MB) to a project',
	body: fileUpload,
	status: 201,
});
op('get', '/projects/{id}/files/{file_id}', {
	id: 'getProjectFile',
	tag: 'Projects',
	scope: 'projects:read',
	ev: 'IMPLIED',
	summary: 'Get a project file (metadata + file_base64)',
});
op('delete', '/projects/{id}/files/{file_id}', {
	id: 'deleteProjectFile',
	tag: 'Projects',
	scope: 'projects:write',
	ev: 'CODE',
	summary: 'Delete a project file (204)',
	status: 204,
});

// Pipeline entries
op('get', '/projects/{id}/entries', {
	id: 'listEntries',
	tag: 'Pipeline',
	scope: 'pipeline:read',
	ev: 'DOC-GUIDE',
	summary: "List a project's pipeline entries",
	query: [...paging, P.q('stage_id', uuid, 'Stage UUID (names are rejected)'), P.sort],
	list: listOf(F.entry, ['created_at', 'updated_at', 'stage_changed_at', 'rating']),
});
op('post', '/projects/{id}/entries', {
	id: 'createEntry',
	tag: 'Pipeline',
	scope: 'pipeline:write',
	ev: 'DOC-REF',
	summary: 'Add a contact to the project pipeline (first stage when stage_id omitted)',
	body: obj({ contact_id: uuid, stage_id: uuid }, ['contact_id']),
	status: 201,
});
op('get', '/projects/{id}/entries/{entry_id}', {
	id: 'getEntry',
	tag: 'Pipeline',
	scope: 'pipeline:read',
	ev: 'IMPLIED',
	summary: 'Get a pipeline entry',
});
op('put', '/projects/{id}/entries/{entry_id}', {
	id: 'updateEntry',
	tag: 'Pipeline',
	scope: 'pipeline:write',
	ev: 'IMPLIED',
	summary: 'Update rating / notes of an entry',
	body: obj({ rating: nullable(int(0, 5)), notes: nullable(str(10000)) }),
});
op('put', '/projects/{id}/entries/{entry_id}/stage', {
	id: 'moveEntryStage',
	tag: 'Pipeline',
	scope: 'pipeline:write',
	ev: 'IMPLIED',
	summary: 'Move an entry to another stage of the project pipeline',
	body: obj({ stage_id: uuid }, ['stage_id']),
});
op('delete', '/projects/{id}/entries/{entry_id}', {
	id: 'deleteEntry',
	tag: 'Pipeline',
	scope: 'pipeline:write',
	ev: 'IMPLIED',
	summary: 'Remove an entry from the project (204)',
	status: 204,
});

// Sequences
const cv = obj({
	custom_variable_1: str(1000),
	custom_variable_2: str(1000),
	custom_variable_3: str(1000),
	custom_variable_4: str(1000),
});
op('get', '/sequences', {
	id: 'listSequences',
	tag: 'Sequences',
	scope: 'sequences:read',
	ev: 'DOC-REF',
	summary: 'List sequences',
	query: [...paging, P.q('status', str(50)), P.sort],
	list: listOf(F.sequence, ['created_at', 'updated_at', 'name', 'status']),
});
op('get', '/sequences/{id}', {
	id: 'getSequence',
	tag: 'Sequences',
	scope: 'sequences:read',
	ev: 'DOC-REF',
	summary: 'Get a sequence with enrollment counters',
});
op('post', '/sequences/{id}/enroll', {
	id: 'enrollSequence',
	tag: 'Sequences',
	scope: 'sequences:write',
	ev: 'DOC-REF',
	summary: 'Enroll contacts (contact_ids OR contacts with custom_variables; max 500)',
	note: 'contacts[] format from public client code',
	body: obj({
		contact_ids: arr(uuid, 500, { minItems: 1 }),
		contacts: arr(obj({ contact_id: uuid, custom_variables: cv }, ['contact_id']), 500, {
			minItems: 1,
		}),
	}),
});
op('post', '/sequences/{id}/unenroll', {
	id: 'unenrollSequence',
	tag: 'Sequences',
	scope: 'sequences:write',
	ev: 'DOC-REF',
	summary: 'Unenroll contacts (max 500)',
	body: obj({ contact_ids: arr(uuid, 500, { minItems: 1 }) }, ['contact_ids']),
});
op('get', '/sequences/{id}/enrollments', {
	id: 'listEnrollments',
	tag: 'Sequences',
	scope: 'sequences:read',
	ev: 'IMPLIED',
	summary: 'List enrollments of a sequence',
	query: [...paging, P.q('status', en(...ENROLLMENT_STATUSES)), P.q('contact_id', uuid), P.sort],
	list: listOf(F.enrollment, ['created_at', 'updated_at', 'enrolled_at']),
});

// Sourcing
const pageBody = { page: int(1), page_size: int(1, 100) };
op('post', '/sourcing/search', {
	id: 'sourcingSearch',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-REF',
	plan: true,
	summary: 'Unified candidate search (page-based)',
	body: obj(
		{
			project_id: uuid,
			source_type: en('leonar_source', 'contacts', 'linkedin'),
			filters: sourcingFilters,
			...pageBody,
			account_id: uuid,
			linkedin_api_type: en('recruiter', 'sales_navigator'),
		},
		['project_id', 'source_type', 'filters', 'page', 'page_size'],
	),
});
op('post', '/sourcing/contacts/search', {
	id: 'sourcingContactsSearch',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-REF',
	plan: true,
	summary: 'Search CRM contacts in sourcing-profile shape',
	body: obj({
		project_id: uuid,
		job_titles: arr(str(200), 50),
		companies: arr(str(200), 50),
		locations: obj({
			cities: arr(str(200), 50),
			states: arr(str(200), 50),
			countries: arr(str(200), 50),
		}),
		keywords: arr(str(200), 50),
		skills: arr(str(100), 50),
		first_name: str(100),
		last_name: str(100),
		full_name: str(200),
		contact_types: arr(str(50), 10),
		tags: arr(str(100), 50),
		project_ids: arr(uuid, 50),
		sequence_ids: arr(uuid, 50),
		stage_ids: arr(uuid, 50),
		stage_categories: arr(en('sourced', 'contacted', 'interview', 'offer', 'hired'), 5),
		created_after: str(40),
		created_before: str(40),
		page: int(1, undefined, { default: 1 }),
		page_size: int(1, 100, { default: 25 }),
	}),
});
op('post', '/sourcing/advanced/profiles/search', {
	id: 'advancedProfileSearch',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-REF',
	plan: true,
	rateLimit: false,
	summary: 'Advanced credit-based people search (1 sourcing credit per profile; not rate limited)',
	body: obj({
		job_title: arr(str(200), 50),
		company: arr(str(200), 50),
		location: arr(str(200), 50),
		skills: arr(str(100), 50),
		company_filter: en('current', 'past', 'any'),
		data_types: arr(en(...DATA_TYPES), 3),
		reveal_info: bool,
		page: int(1, undefined, { default: 1 }),
		page_size: int(1, 100, { default: 25 }),
	}),
});
op('post', '/sourcing/linkedin/search', {
	id: 'linkedinSearch',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-GUIDE',
	plan: true,
	summary: 'Live LinkedIn search (cursor paging: re-send the body with data.cursor)',
	body: obj(
		{
			project_id: uuid,
			account_id: uuid,
			job_titles: arr(str(200), 50),
			companies: arr(str(200), 50),
			location_ids: { type: 'object', additionalProperties: { type: 'string' } },
			years_experience: obj({ min: int(0, 80), max: int(0, 80) }),
			boolean_query: str(2000),
			linkedin_api_type: en('recruiter', 'sales_navigator'),
			page: int(1, undefined, { default: 1 }),
			page_size: int(1, 100, { default: 25 }),
			cursor: nullable(str(2000)),
		},
		['project_id', 'account_id'],
	),
});
op('get', '/sourcing/linkedin/locations', {
	id: 'linkedinLocations',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-GUIDE',
	plan: true,
	summary: 'LinkedIn geo-id lookup',
	query: [
		P.q('q', str(200)),
		P.q('account_id', uuid),
		P.q('api_type', en('classic', 'recruiter', 'sales_navigator')),
	],
});
op('get', '/sourcing/locations', {
	id: 'sourcingLocations',
	tag: 'Sourcing',
	scope: 'sourcing:read',
	ev: 'DOC-REF',
	plan: true,
	summary: 'Alias of /sourcing/linkedin/locations',
	note: 'named on the search-candidates reference page; the workflows guide uses /sourcing/linkedin/locations',
	query: [
		P.q('q', str(200)),
		P.q('account_id', uuid),
		P.q('api_type', en('classic', 'recruiter', 'sales_navigator')),
	],
});
op('post', '/sourcing/add-to-project', {
	id: 'addToProject',
	tag: 'Sourcing',
	scope: 'sourcing:write',
	ev: 'DOC-REF',
	plan: true,
	summary: 'Import sourced profiles into a project (first stage; max 100)',
	body: obj(
		{ project_id: uuid, profiles: arr(sourcingProfile, 100, { minItems: 1 }), account_id: uuid },
		['project_id', 'profiles'],
	),
	status: 200,
});

// Other
op('get', '/connected-accounts', {
	id: 'listConnectedAccounts',
	tag: 'Workspace',
	scope: null,
	ev: 'DOC-GUIDE',
	summary: 'List connected LinkedIn accounts',
	query: paging,
});
op('get', '/workspace/members', {
	id: 'listMembers',
	tag: 'Workspace',
	scope: null,
	ev: 'CODE',
	summary: 'List workspace members',
	query: paging,
});

// ---------------------------------------------------------------- assemble
function pathParams(p) {
	return [...p.matchAll(/\{(\w+)\}/g)].map((m) => ({
		name: m[1],
		in: 'path',
		required: true,
		schema: uuid,
	}));
}
const paths = {};
for (const o of ops) {
	const operation = {
		operationId: o.id,
		summary: o.summary,
		tags: [o.tag],
		'x-scope': o.scope,
		'x-evidence': o.ev,
		...(o.note ? { 'x-evidence-note': o.note } : {}),
		...(o.plan ? { 'x-plan-feature': true } : {}),
		...(o.rateLimit === false ? { 'x-rate-limit': false } : {}),
		...(o.list
			? {
					...(o.list.filterFields ? { 'x-filter-fields': o.list.filterFields } : {}),
					'x-sort-fields': o.list.sortFields,
					'x-default-sort': o.list.defaultSort,
				}
			: {}),
		parameters: [...pathParams(o.path), ...(o.query || [])],
		...(o.body
			? {
					requestBody: {
						required: !o.bodyOptional,
						content: { 'application/json': { schema: o.body } },
					},
				}
			: {}),
		responses: {
			[String(o.status || 200)]: {
				description: o.status === 204 ? 'No content' : 'Success',
				...(o.status === 204
					? {}
					: {
							content: {
								'application/json': {
									schema: {
										$ref:
											o.list || /^list/.test(o.id)
												? '#/components/schemas/ListEnvelope'
												: '#/components/schemas/DataEnvelope',
									},
								},
							},
						}),
			},
			400: { $ref: '#/components/responses/Error' },
			401: { $ref: '#/components/responses/Error' },
			403: { $ref: '#/components/responses/Error' },
			404: { $ref: '#/components/responses/Error' },
			429: { $ref: '#/components/responses/Error' },
		},
	};
	if (o.scope === null) operation.security = [{ bearer: [] }];
	(paths[o.path] = paths[o.path] || {})[o.method] = operation;
}

const doc = {
	openapi: '3.0.3',
	info: {
		title: 'Leonar public REST API v1 (simulator description)',
		version: '1.0.0-sim',
		description:
			'Generated by test/simulator/build-openapi.js. Evidence per operation in x-evidence (levels: docs/api-evidence.md); scopes are inferred (x-scope).',
	},
	servers: [{ url: 'https://app.leonar.app/api/v1' }],
	security: [{ bearer: [] }],
	paths,
	components: {
		securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API key leo_…' } },
		schemas: {
			DataEnvelope: {
				type: 'object',
				properties: { data: { type: 'object' } },
				required: ['data'],
			},
			ListEnvelope: {
				type: 'object',
				required: ['data', 'meta'],
				properties: {
					data: { type: 'array', items: { type: 'object' } },
					meta: {
						type: 'object',
						properties: {
							total: { type: 'integer' },
							limit: { type: 'integer' },
							offset: { type: 'integer' },
							has_more: { type: 'boolean' },
						},
					},
				},
			},
			Error: {
				type: 'object',
				required: ['error'],
				properties: {
					error: {
						type: 'object',
						required: ['code', 'message'],
						properties: {
							code: {
								type: 'string',
								enum: [
									'validation_error',
									'invalid_api_key',
									'insufficient_credits',
									'insufficient_scope',
									'billing_required',
									'plan_upgrade_required',
									'not_found',
									'rate_limit_exceeded',
									'internal_error',
								],
							},
							message: { type: 'string' },
							details: {},
						},
					},
				},
			},
		},
		responses: {
			Error: {
				description: 'Error envelope',
				content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
			},
		},
	},
	'x-contact-statuses': CONTACT_STATUSES,
};

fs.writeFileSync(path.join(__dirname, 'openapi.json'), JSON.stringify(doc, null, 2) + '\n');
console.log(`openapi.json: ${ops.length} operations`);
