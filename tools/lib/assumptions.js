'use strict';
/*
 * What `npm run probe` checks against a live key: every endpoint of the node that Leonar does
 * not document (evidence IMPLIED, and CODE: seen only in client code) and every filter or field
 * the node assumes. Read-only: only GETs and the searches the endpoint table marks read-only
 * (`readOnlyPost`); nothing is created, changed or deleted, and the advanced profile search
 * (1 sourcing credit per profile) is never called.
 *
 * A check's `assumption` is the id used by test/simulator/profiles.js (CONTRADICTED) and
 * docs/live-api-safety.md; `endpoint` is the name in nodes/Leonar/transport/endpoints.ts.
 * A check answers { result: 'verified' | 'contradicted' | 'not checkable', detail, scope? }.
 */
const crypto = require('crypto');

const { isRouteMissing, scopeOf } = require('./probeClient');

const VERIFIED = 'verified';
const CONTRADICTED = 'contradicted';
const UNCHECKABLE = 'not checkable';

const outcome = (result, detail, extra = {}) => ({ result, detail, ...extra });

/** The probe's view of Leonar: the endpoint table, a client, and what it found so far. */
class ProbeContext {
	constructor(client, endpoints) {
		this.client = client;
		this.endpoints = endpoints;
		this.ids = {};
		this.records = {};
		this.forbidden = [];
	}

	/** Sends one read-only request to a named endpoint of the table. */
	async call(name, { params = {}, query, body } = {}) {
		const endpoint = this.endpoints[name];
		if (!endpoint) throw new Error(`unknown endpoint ${name}`);
		const readOnly = endpoint.method === 'GET' || endpoint.readOnlyPost === true;
		if (!readOnly) throw new Error(`the probe only reads; ${name} is ${endpoint.method}`);
		const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key) =>
			encodeURIComponent(params[key] ?? crypto.randomUUID()),
		);
		const response = await this.client.request(endpoint.method, path, { query, body });
		if (response.status === 403) this.forbidden.push(response);
		return response;
	}

	/** The usual verdict on an answer that is not a success. */
	failure(name, response) {
		const endpoint = this.endpoints[name];
		if (response.skipped) return outcome(UNCHECKABLE, response.skipped);
		if (response.status === 403) {
			const scope = scopeOf(response) || endpoint.scope;
			const code = response.json?.error?.code;
			if (code && code !== 'insufficient_scope')
				return outcome(UNCHECKABLE, `Leonar answered 403 ${code}`);
			return outcome(UNCHECKABLE, `the key lacks the scope ${scope}`, { scope });
		}
		if (response.status === 404 && isRouteMissing(response))
			return outcome(
				CONTRADICTED,
				`404 for the route itself (${typeof response.json === 'object' && response.json ? `"${response.json.error?.message ?? 'no message'}"` : 'an HTML page'})`,
			);
		if (response.status >= 500)
			return outcome(UNCHECKABLE, `Leonar had a server error (${response.status})`);
		return undefined;
	}
}

const list = (response) =>
	response.json && Array.isArray(response.json.data) ? response.json.data : [];
const totalOf = (response, fallback) =>
	typeof response.json?.meta?.total === 'number' ? response.json.meta.total : fallback;

/** Record lists the checks take their ids and samples from (documented or seen-in-code endpoints). */
async function discover(ctx) {
	for (const [key, name] of [
		['contact', 'contactList'],
		['company', 'companyList'],
		['project', 'projectList'],
		['sequence', 'sequenceList'],
	]) {
		const response = await ctx.call(name, { query: { limit: '100' } });
		ctx.records[key] = { response, rows: list(response) };
		if (list(response)[0]) ctx.ids[key] = String(list(response)[0].id);
	}
	const search = await ctx.call('contactSearch', { body: { limit: 25 } });
	ctx.records.fullContacts = { response: search, rows: list(search) };
}

/** Which id fills `{id}` of an endpoint, by the first segment of its path. */
const PARENT = {
	contacts: 'contact',
	companies: 'company',
	deals: 'deal',
	notes: 'note',
	tasks: 'task',
	enrichments: 'enrichment',
	conversations: 'conversation',
	projects: 'project',
	sequences: 'sequence',
};

/** Whether an undocumented endpoint exists: GETs are asked; writes are never sent. */
function endpointCheck(name, endpoint) {
	return {
		id: `endpoint:${name}`,
		assumption: endpoint.evidence === 'IMPLIED' ? 'implied-endpoints' : 'code-endpoints',
		endpoint: name,
		title: `${endpoint.method} ${endpoint.path} exists`,
		async run(ctx) {
			if (endpoint.method !== 'GET')
				return outcome(
					UNCHECKABLE,
					`a ${endpoint.method} changes data; the probe only reads (GET and read-only searches)`,
				);
			const parent = PARENT[endpoint.path.split('/')[1]];
			const params = { id: ctx.ids[parent] };
			const isList = !endpoint.path.endsWith('}');
			const response = await ctx.call(name, { params, query: isList ? { limit: '1' } : undefined });
			const failed = ctx.failure(name, response);
			if (failed) return failed;
			if (response.status >= 200 && response.status < 300) {
				const first = list(response)[0];
				if (first && !endpoint.path.includes('{') && PARENT[endpoint.path.split('/')[1]])
					ctx.ids[PARENT[endpoint.path.split('/')[1]]] ??= String(first.id);
				return outcome(VERIFIED, `answers ${response.status}`);
			}
			if (response.status === 404)
				return outcome(
					VERIFIED,
					`the route answers (a record 404 for an id that does not exist: "${response.json?.error?.message}")`,
				);
			if (response.status === 400)
				return outcome(VERIFIED, `the route answers (400: ${response.json?.error?.message})`);
			return outcome(UNCHECKABLE, `unexpected HTTP ${response.status}`);
		},
	};
}

function assumptionChecks() {
	return [
		{
			id: 'contact-search-email',
			assumption: 'contact-search-email',
			endpoint: 'contactSearch',
			title: 'the contacts search query matches email addresses',
			async run(ctx) {
				const known = ctx.records.fullContacts.rows.find((c) => c.emails?.[0]?.email);
				const failed = ctx.failure('contactSearch', ctx.records.fullContacts.response);
				if (failed) return failed;
				if (!known) return outcome(UNCHECKABLE, 'no contact with an email address to search for');
				const response = await ctx.call('contactSearch', {
					body: { query: known.emails[0].email, limit: 100 },
				});
				const again = ctx.failure('contactSearch', response);
				if (again) return again;
				return list(response).some((c) => c.id === known.id)
					? outcome(VERIFIED, `the email of contact ${known.id} finds it`)
					: outcome(CONTRADICTED, `the email of contact ${known.id} does not find it`);
			},
		},
		{
			id: 'filter:contacts.updated_at',
			assumption: 'list-operator-filters',
			endpoint: 'contactList',
			title: 'GET /contacts honours updated_at=gte.…',
			async run(ctx) {
				const { response, rows } = ctx.records.contact;
				const failed = ctx.failure('contactList', response);
				if (failed) return failed;
				const times = rows.map((c) => String(c.updated_at)).sort();
				const since = times[Math.floor(times.length / 2)];
				if (!since || times[0] === since)
					return outcome(UNCHECKABLE, 'the contacts do not differ in updated_at');
				return compareFilter(ctx, 'contactList', 'updated_at', `gte.${since}`, (c) =>
					c.updated_at === undefined ? undefined : Date.parse(c.updated_at) >= Date.parse(since),
				);
			},
		},
		{
			id: 'filter:contacts.linkedin_profile',
			assumption: 'list-operator-filters',
			endpoint: 'contactList',
			title: 'GET /contacts honours linkedin_profile=ilike.… (Create or Update)',
			async run(ctx) {
				const known = ctx.records.fullContacts.rows.find((c) => c.linkedin_profile);
				if (!known) return outcome(UNCHECKABLE, 'no contact with a LinkedIn profile');
				const handle = String(known.linkedin_profile).replace(/\/+$/, '').split('/').pop();
				const total = totalOf(ctx.records.contact.response, ctx.records.contact.rows.length);
				const response = await ctx.call('contactList', {
					query: { linkedin_profile: `ilike.%${handle}%`, limit: '100' },
				});
				const failed = ctx.failure('contactList', response);
				if (failed) return failed;
				const found = list(response);
				if (!found.some((c) => c.id === known.id))
					return outcome(CONTRADICTED, `the filter does not return contact ${known.id}`);
				return totalOf(response, found.length) < total
					? outcome(VERIFIED, `${totalOf(response, found.length)} of ${total} contacts`)
					: total > 1
						? outcome(CONTRADICTED, `the filter is ignored: all ${total} contacts come back`)
						: outcome(UNCHECKABLE, 'only one contact in the workspace');
			},
		},
		{
			id: 'filter:companies.archived_at',
			assumption: 'list-operator-filters',
			endpoint: 'companyList',
			title: 'GET /companies honours archived_at=is.not_null',
			run: (ctx) =>
				compareFilter(ctx, 'companyList', 'archived_at', 'is.not_null', (c) =>
					'archived_at' in c ? c.archived_at !== null : undefined,
				),
		},
		{
			id: 'filter:sequences.name',
			assumption: 'list-operator-filters',
			endpoint: 'sequenceList',
			title: 'GET /sequences honours name=ilike.…',
			async run(ctx) {
				const { response, rows } = ctx.records.sequence;
				const failed = ctx.failure('sequenceList', response);
				if (failed) return failed;
				const word = String(rows[0]?.name ?? '')
					.split(/\s+/)[0]
					.toLowerCase();
				if (!word || rows.every((s) => String(s.name).toLowerCase().includes(word)))
					return outcome(UNCHECKABLE, 'every sequence has the same first word');
				return compareFilter(ctx, 'sequenceList', 'name', `ilike.%${word}%`, (s) =>
					String(s.name).toLowerCase().includes(word),
				);
			},
		},
		{
			id: 'projects-status-all',
			assumption: 'projects-status-all',
			endpoint: 'projectList',
			title: 'GET /projects?status=all lists archived projects too',
			async run(ctx) {
				const archived = await ctx.call('projectList', {
					query: { status: 'archived', limit: '100' },
				});
				const failed = ctx.failure('projectList', archived);
				if (failed) return failed;
				const one = list(archived).find((p) => p.status === 'archived');
				if (!one) return outcome(UNCHECKABLE, 'no archived project in this workspace');
				const all = await ctx.call('projectList', { query: { status: 'all', limit: '100' } });
				const again = ctx.failure('projectList', all);
				if (again) return again;
				return list(all).some((p) => p.id === one.id)
					? outcome(VERIFIED, `lists archived project ${one.id}`)
					: outcome(CONTRADICTED, `does not list archived project ${one.id}`);
			},
		},
		{
			id: 'projects-search',
			assumption: 'projects-search',
			endpoint: 'projectList',
			title: 'GET /projects?search=… filters by name',
			async run(ctx) {
				const { response, rows } = ctx.records.project;
				const failed = ctx.failure('projectList', response);
				if (failed) return failed;
				const text = String(rows[0]?.name ?? '').toLowerCase();
				const others = rows.filter((p) => !String(p.name).toLowerCase().includes(text));
				if (!text || !others.length)
					return outcome(UNCHECKABLE, 'needs two projects with different names');
				return compareFilter(ctx, 'projectList', 'search', text, (p) =>
					[p.name, p.client_name].some((v) =>
						String(v ?? '')
							.toLowerCase()
							.includes(text),
					),
				);
			},
		},
		{
			id: 'linkedin-cursor',
			assumption: 'linkedin-cursor',
			endpoint: 'sourcingLinkedinSearch',
			title: 'the LinkedIn search returns its cursor at data.cursor',
			async run(ctx) {
				const accounts = await ctx.call('connectedAccountList', { query: { limit: '100' } });
				const failed = ctx.failure('connectedAccountList', accounts);
				if (failed) return failed;
				const account = list(accounts).find((a) =>
					['recruiter', 'sales_navigator'].some((seat) => a.api_status?.[seat] === 'active'),
				);
				if (!account)
					return outcome(UNCHECKABLE, 'no connected LinkedIn account with an active seat');
				if (!ctx.ids.project) return outcome(UNCHECKABLE, 'no project to search for');
				const response = await ctx.call('sourcingLinkedinSearch', {
					body: { project_id: ctx.ids.project, account_id: account.id, page_size: 2 },
				});
				const again = ctx.failure('sourcingLinkedinSearch', response);
				if (again) return again;
				const body = response.json || {};
				const more = body.data?.has_more === true || body.meta?.has_more === true;
				if (!more) return outcome(UNCHECKABLE, 'the search has a single page');
				if (typeof body.data?.cursor === 'string' && body.data.cursor)
					return outcome(VERIFIED, 'data.cursor');
				const place = ['meta.next_cursor', 'data.next_cursor', 'meta.cursor', 'next_cursor'].find(
					(p) => p.split('.').reduce((v, k) => (v ? v[k] : undefined), body),
				);
				return outcome(
					CONTRADICTED,
					place
						? `the cursor is at ${place} (the node reads it there too)`
						: 'no cursor in the answer',
				);
			},
		},
		{
			id: 'company-fields',
			assumption: 'company-fields',
			endpoint: 'companyCreate',
			title: 'companies store domain, industry, size, location, website, linkedin_url, description',
			async run(ctx) {
				const fields = ['domain', 'industry', 'size', 'location', 'website', 'linkedin_url'];
				const carried = fields.filter((f) => ctx.records.company.rows.some((c) => c[f]));
				return outcome(
					UNCHECKABLE,
					`needs a write (the probe only reads)${carried.length ? `; company records carry ${carried.join(', ')}` : ''}`,
				);
			},
		},
		...['advanced-page-size', 'advanced-data-types-phone', 'advanced-company-filter'].map((id) => ({
			id,
			assumption: id,
			endpoint: 'sourcingAdvancedSearch',
			title: {
				'advanced-page-size': 'the advanced profile search honours page_size',
				'advanced-data-types-phone': 'the advanced profile search reveals phone numbers',
				'advanced-company-filter': 'the advanced profile search takes company_filter any|past',
			}[id],
			run: async () =>
				outcome(
					UNCHECKABLE,
					'the advanced profile search is never called: it charges 1 sourcing credit per profile',
				),
		})),
		{
			id: 'scope-error-details',
			assumption: 'scope-error-details',
			endpoint: null,
			title: 'a 403 insufficient_scope carries details.required_scope',
			async run(ctx) {
				const scoped = ctx.forbidden.find((r) => r.json?.error?.code === 'insufficient_scope');
				if (!scoped)
					return outcome(
						UNCHECKABLE,
						'no 403 insufficient_scope was seen (run the probe with a key that lacks a scope)',
					);
				return scoped.json.error.details?.required_scope
					? outcome(
							VERIFIED,
							`details.required_scope = ${scoped.json.error.details.required_scope}`,
						)
					: outcome(
							CONTRADICTED,
							`no details.required_scope (message: "${scoped.json.error.message}")`,
						);
			},
		},
	];
}

/**
 * Sends a list with one filter and judges the answer by `matches(record)` (true, false, or
 * undefined when the record does not say): a record that does not match means Leonar ignored it.
 */
async function compareFilter(ctx, name, param, value, matches) {
	const response = await ctx.call(name, { query: { [param]: value, limit: '100' } });
	const failed = ctx.failure(name, response);
	if (failed) return failed;
	if (response.status >= 400)
		return outcome(CONTRADICTED, `rejected (${response.status}: ${response.json?.error?.message})`);
	const rows = list(response);
	const stray = rows.find((row) => matches(row) === false);
	if (stray)
		return outcome(CONTRADICTED, `ignored: ${name} returned ${stray.id}, which does not match`);
	return outcome(VERIFIED, `${rows.length} record(s), all matching`);
}

/** Every check, in the order they run (discovery first). */
function checks(endpoints) {
	const undocumented = Object.entries(endpoints)
		.filter(([, e]) => e.evidence === 'IMPLIED' || e.evidence === 'CODE')
		.sort(([, a], [, b]) => (a.method === 'GET' ? 0 : 1) - (b.method === 'GET' ? 0 : 1))
		.map(([name, e]) => endpointCheck(name, e));
	return [...undocumented, ...assumptionChecks()];
}

module.exports = { checks, discover, ProbeContext, VERIFIED, CONTRADICTED, UNCHECKABLE };
