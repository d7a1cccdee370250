'use strict';
/*
 * Simulator profiles.
 *
 *   default     serves every endpoint of openapi.json and implements every guess the node makes about
 *               the Leonar API (the same guesses: passing tests against it prove self-consistency only).
 *   documented  serves only what Leonar's public documentation shows and is pessimistic elsewhere: the
 *               endpoints with evidence IMPLIED answer 404 (alternately a web framework's HTML "page not
 *               found" and a JSON route error), undocumented query parameters and body fields are
 *               IGNORED (not rejected), and every behaviour the node assumes without documentation is
 *               contradicted in one plausible way (listed in CONTRADICTED below).
 *
 * Choose it per instance: startSimulator({ profile: 'documented' }), LEONAR_SIM_PROFILE=documented,
 * `node test/simulator/cli.js --profile documented`, or POST /__sim/profile {"profile":"documented"}.
 *
 * CONTRADICTED is the one list of the node's assumptions this profile contradicts. Each entry names
 * the endpoint (by its name in nodes/Leonar/transport/endpoints.ts) and the id of the check in
 * tools/lib/assumptions.js that verifies it against a live key (`npm run probe`).
 */

const PROFILES = ['default', 'documented'];

/** The node's assumptions the documented profile contradicts, and how. */
const CONTRADICTED = [
	{
		id: 'implied-endpoints',
		endpoint: '(every IMPLIED endpoint)',
		assumption: 'the 33 endpoints with evidence IMPLIED exist as the node calls them',
		documented: '404: an HTML "page not found" and a JSON route error, alternately',
	},
	{
		id: 'list-operator-filters',
		endpoint: 'contactList, companyList, tagList, projectList, sequenceList, entryList',
		assumption:
			'lists accept PostgREST operator filters on record fields (updated_at=gte.…, linkedin_profile=ilike.…, name=ilike.…, archived_at=is.not_null)',
		documented: 'operator filters are ignored: the list comes back unfiltered',
	},
	{
		id: 'projects-status-all',
		endpoint: 'projectList',
		assumption: 'GET /projects?status=all lists archived projects too',
		documented: 'status=all is ignored: only the projects that are not archived',
	},
	{
		id: 'projects-search',
		endpoint: 'projectList',
		assumption: 'GET /projects?search=… filters by name',
		documented: 'search is ignored: every project',
	},
	{
		id: 'contact-search-email',
		endpoint: 'contactSearch',
		assumption: 'the free text `query` of POST /contacts/search matches email addresses',
		documented: 'query matches names, title, company, location, summary and skills, not emails',
	},
	{
		id: 'company-fields',
		endpoint: 'companyCreate, companyUpdate',
		assumption:
			'companies take domain, industry, size, location, website, linkedin_url and description',
		documented: 'only name and custom_data are stored; the other fields are ignored',
	},
	{
		id: 'advanced-page-size',
		endpoint: 'sourcingAdvancedSearch',
		assumption: 'the advanced profile search honours page_size',
		documented:
			'page_size is ignored: a page has 25 profiles (each charged 1 credit), whatever was asked',
	},
	{
		id: 'advanced-data-types-phone',
		endpoint: 'sourcingAdvancedSearch',
		assumption: 'data_types accepts phone',
		documented: 'phone is ignored (no phone numbers revealed)',
	},
	{
		id: 'advanced-company-filter',
		endpoint: 'sourcingAdvancedSearch',
		assumption: 'company_filter accepts any and past',
		documented: 'any and past are ignored (the default, current companies)',
	},
	{
		id: 'linkedin-cursor',
		endpoint: 'sourcingLinkedinSearch',
		assumption: 'the LinkedIn search returns its cursor at data.cursor',
		documented: 'the cursor is at meta.next_cursor; data has none',
	},
	{
		id: 'scope-error-details',
		endpoint: '(every endpoint)',
		assumption: 'a 403 insufficient_scope carries details.required_scope',
		documented: 'the 403 body is exactly {error: {code, message}}',
	},
];

/** Query parameters and body fields that are not documented, by operationId (openapi.json). */
const UNDOCUMENTED = {
	listProjects: {
		query: { search: true, status: (value) => value === 'all' },
	},
	createCompany: { bodyOnly: ['name', 'custom_data'] },
	updateCompany: { bodyOnly: ['name', 'custom_data'] },
	advancedProfileSearch: {
		body: {
			page_size: true,
			company_filter: (value) => value === 'any' || value === 'past',
		},
		bodyValues: { data_types: (value) => value === 'phone' },
	},
};

const OPERATOR = /^(eq|neq|gt|gte|lt|lte|like|ilike|is)\./;

const HTML_404 =
	'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404: This page could not be found</title></head>' +
	'<body><div><h1>404</h1><h2>This page could not be found.</h2></div></body></html>';

function profileName(value) {
	const name = value === undefined || value === null || value === '' ? 'default' : String(value);
	if (!PROFILES.includes(name))
		throw new Error(`unknown simulator profile "${name}" (use ${PROFILES.join(' or ')})`);
	return name;
}

/**
 * The behaviour of one profile; the simulator asks it at each step of a request. `counter`
 * counts the hidden-route 404s of the simulator instance (it survives reset(), so that the HTML
 * and JSON forms keep alternating across tests).
 */
function createProfile(value, counter = { notFound: 0 }) {
	const name = profileName(value);
	const documented = name === 'documented';
	return {
		name,
		/** Whether a route of openapi.json is hidden (answers 404 as if it did not exist). */
		hides(operation) {
			return documented && operation['x-evidence'] === 'IMPLIED';
		},
		/** The 404 of a hidden route: alternately an HTML page and a JSON route error. */
		notFound(method, apiPath) {
			counter.notFound++;
			if (counter.notFound % 2 === 1)
				return { body: HTML_404, headers: { 'Content-Type': 'text/html; charset=utf-8' } };
			return {
				body: { error: { code: 'not_found', message: `Route ${method} ${apiPath} not found` } },
				headers: {},
			};
		},
		/** The query the server acts on: undocumented parameters and operator filters dropped. */
		query(operation, rawQuery) {
			if (!documented) return rawQuery;
			const named = new Set(
				(operation.parameters || []).filter((p) => p.in === 'query').map((p) => p.name),
			);
			const rules = (UNDOCUMENTED[operation.operationId] || {}).query || {};
			const kept = {};
			for (const [key, value] of Object.entries(rawQuery)) {
				if (!named.has(key)) continue;
				const values = Array.isArray(value) ? value : [value];
				if (values.some((v) => OPERATOR.test(String(v)))) continue;
				const rule = rules[key];
				if (rule === true || (typeof rule === 'function' && values.some(rule))) continue;
				kept[key] = value;
			}
			return kept;
		},
		/** The body the server acts on: unknown and undocumented fields dropped. */
		body(operation, body) {
			if (!documented || !body || typeof body !== 'object' || Array.isArray(body)) return body;
			const schema =
				operation.requestBody && operation.requestBody.content['application/json'].schema;
			const known = new Set(Object.keys((schema && schema.properties) || {}));
			const rules = UNDOCUMENTED[operation.operationId] || {};
			const kept = {};
			for (const [key, value] of Object.entries(body)) {
				if (!known.has(key)) continue;
				if (rules.bodyOnly && !rules.bodyOnly.includes(key)) continue;
				const rule = (rules.body || {})[key];
				if (rule === true || (typeof rule === 'function' && rule(value))) continue;
				const valueRule = (rules.bodyValues || {})[key];
				if (valueRule && Array.isArray(value)) {
					const values = value.filter((v) => !valueRule(v));
					if (values.length) kept[key] = values;
					continue;
				}
				kept[key] = value;
			}
			return kept;
		},
		/** Whether the contacts search's free text matches email addresses. */
		get searchMatchesEmail() {
			return !documented;
		},
		/** The error body the client sees. */
		errorBody(status, body) {
			if (!documented || status !== 403 || !body || !body.error) return body;
			return { error: { code: body.error.code, message: body.error.message } };
		},
		/** The success body the client sees. */
		response(operation, payload) {
			if (!documented || operation.operationId !== 'linkedinSearch') return payload;
			if (!payload || !payload.data || typeof payload.data !== 'object') return payload;
			const { cursor, ...data } = payload.data;
			return { ...payload, data, meta: { ...(payload.meta || {}), next_cursor: cursor ?? null } };
		},
	};
}

module.exports = { PROFILES, CONTRADICTED, UNDOCUMENTED, createProfile, profileName };
