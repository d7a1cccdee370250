'use strict';
/*
 * The end-to-end cases, as data. Each case becomes one n8n workflow:
 *
 *   Webhook (POST /webhook/<path>) → "Input" (Code node returning `input`) → nodes[0] → nodes[1] → …
 *
 * and is run inside a real n8n with our package installed from its tarball. Fields:
 *
 *   id          short slug (also the webhook path)
 *   title       what a reader of the report sees
 *   credential  key name of the Leonar credential the Leonar/HTTP nodes use (see CREDENTIALS); default full_access
 *   setup       async ({ sim, seed, http }) => void — prepare the simulator (it is reset before every case)
 *   input       array of JSON items for the Input node (default: one empty item), or (seed, setupResult) => array
 *   inputBinary { property, base64, mimeType, fileName } added to every input item
 *   nodes       chain of nodes: { name?, kind: 'leonar' | 'http' | 'code' | 'toolExecutor', resource, operation,
 *               parameters, onError? }. Record ids are written as ID(value): the runner stores them the way the
 *               node describes the parameter (resource locator { __rl, mode: 'id', value } or a plain string).
 *   expect      status          'success' | 'error' (of the execution)
 *               error           { message?: RegExp, description?: RegExp } of the execution's error
 *               requests        the simulator's request log, in order, as partial matches
 *                               { method, path, query?, body?, status?, headers? }; the log must have exactly that many
 *                               entries unless `requestsAtLeast: true`
 *               count           { <node name>: number of output items }
 *               verify          (ctx, assert) => void — further checks; ctx = { out(name), first(name), log, error,
 *                               seed, setup, durationMs }
 *   documented  the expectation under the simulator's documented profile (E2E_SIM_PROFILE=documented: only what
 *               Leonar documents; test/simulator/profiles.js): 'same' when `expect` holds unchanged, else an
 *               expectation of its own — the operation still works, or it stops with a clear error (notOffered,
 *               upsertRefused). Every case must have one; docs/live-api-e2e.md lists them.
 *   requires    extra "resource.operation" pairs this case needs besides those of its Leonar nodes
 *
 * A case whose resource/operation the built node does not have yet is reported as skipped, with the reason.
 * A case that uses a parameter name the node does not describe fails (the names are fixed by docs/node-contract.md).
 */

/** The simulator profiles a case is checked under. */
const { PROFILES } = require('../simulator/profiles');

/** A record id; stored as a resource locator or a plain value, whichever the node's parameter is. */
const ID = (value) => ({ __id: value });

/** The Leonar credentials the suite imports: name → simulator key. */
const CREDENTIALS = {
	full_access: 'leo_sim_full_access',
	contacts_read: 'leo_sim_contacts_read',
	invalid: 'leo_invalid_key_for_e2e_0000',
};

const RANDOM_UUID = '0b6d7f4e-1c2a-4e8b-9a3d-5f6e7d8c9b0a';
const PDF_BASE64 = Buffer.from('%PDF-1.4\n% Leonar e2e upload\n%%EOF\n').toString('base64');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The documented profile's answer to an operation whose endpoint Leonar does not document: the route
 * answers 404 (an HTML page or a JSON route error), and the node says which call is missing and how to make
 * it anyway (the HTTP Request node with the Leonar credential), not that a record was not found. One request,
 * nothing retried, nothing else sent.
 */
function notOffered(label, method, route, requestPath) {
	return {
		summary: `clear error: "${label} uses ${method} ${route}, which this Leonar API does not offer" + how to make the call with the HTTP Request node`,
		status: 'error',
		error: {
			message: new RegExp(
				`^${escapeRegExp(label)} uses ${method} ${escapeRegExp(route)}, which this Leonar API does not offer$`,
			),
			description: /HTTP Request node with the predefined credential type "Leonar API"/,
		},
		requests: [{ method, path: requestPath, status: 404 }],
		verify: ({ error }, assert) =>
			assert.doesNotMatch(`${error.message} ${error.description}`, /was not found/),
	};
}

/**
 * The documented profile's contacts search does not match email addresses, so Create or Update cannot find a
 * contact by email: it checks that once (searching for a listed contact's address), creates and changes nothing,
 * and says how to match anyway.
 */
function upsertRefused() {
	return {
		summary:
			'clear error: "Create or Update cannot look contacts up by email" (checked once per run); nothing created or changed',
		status: 'error',
		error: {
			message: /^Create or Update cannot look contacts up by email/,
			description: /nothing was created or changed/,
		},
		requestsAtLeast: true,
		requests: [],
		verify: ({ log }, assert) =>
			assert.deepStrictEqual(
				log.filter(
					(r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/contacts/search'),
				),
				[],
				'nothing written',
			),
	};
}

function today() {
	return new Date().toISOString().slice(0, 10);
}

const cases = [
	// ---------------------------------------------------------------- Contact
	{
		id: 'contact-create',
		title: 'Contact › Create with additional fields',
		documented: 'same',
		nodes: [
			{
				resource: 'contact',
				operation: 'create',
				parameters: {
					firstName: 'Ada',
					additionalFields: {
						lastName: 'Lovelace',
						email: 'ada.lovelace@example.com',
						title: 'Staff Engineer',
						currentCompany: 'Analytical Engines',
					},
				},
			},
		],
		expect: {
			status: 'success',
			count: { Leonar: 1 },
			requests: [
				{
					method: 'POST',
					path: '/contacts',
					status: 201,
					body: {
						first_name: 'Ada',
						last_name: 'Lovelace',
						email: 'ada.lovelace@example.com',
						title: 'Staff Engineer',
						current_company: 'Analytical Engines',
					},
					headers: { authorization: 'Bearer leo_sim_full_access' },
				},
			],
			verify: ({ first }, assert) => {
				const c = first('Leonar');
				assert.match(c.id, /^[0-9a-f-]{36}$/);
				assert.strictEqual(c.first_name, 'Ada');
				assert.ok(!('data' in c), 'the { data } envelope must be removed');
			},
		},
	},
	{
		id: 'contact-get',
		title: 'Contact › Get by ID (resource locator)',
		documented: notOffered('Contact › Get', 'GET', '/contacts/{id}', '/contacts/$contact'),
		nodes: [{ resource: 'contact', operation: 'get', parameters: { contactId: ID('$contact') } }],
		expect: {
			status: 'success',
			count: { Leonar: 1 },
			requests: [{ method: 'GET', path: '/contacts/$contact', status: 200 }],
			verify: ({ first, seed }, assert) => assert.strictEqual(first('Leonar').id, seed.contact),
		},
	},
	{
		id: 'contact-get-url',
		title: 'Contact › Get by Leonar link (resource locator mode url)',
		documented: notOffered('Contact › Get', 'GET', '/contacts/{id}', '/contacts/$contact'),
		nodes: [
			{
				resource: 'contact',
				operation: 'get',
				parameters: {
					contactId: { __rl: true, mode: 'url', value: 'https://app.leonar.app/contacts/$contact' },
				},
			},
		],
		expect: {
			status: 'success',
			requests: [{ method: 'GET', path: '/contacts/$contact', status: 200 }],
			verify: ({ first, seed }, assert) => assert.strictEqual(first('Leonar').id, seed.contact),
		},
	},
	{
		id: 'contact-list-limit',
		title: 'Contact › Get Many with Limit 7, sorted by last name',
		documented: 'same',
		nodes: [
			{
				resource: 'contact',
				operation: 'getAll',
				parameters: { returnAll: false, limit: 7, options: { sort: 'last_name' } },
			},
		],
		expect: {
			status: 'success',
			count: { Leonar: 7 },
			requests: [
				{ method: 'GET', path: '/contacts', query: { limit: '7', sort: 'last_name' }, status: 200 },
			],
			verify: ({ out }, assert) => {
				const names = out('Leonar').map((c) => c.last_name);
				assert.deepStrictEqual(
					names,
					[...names].sort((a, b) => a.localeCompare(b)),
				);
			},
		},
	},
	{
		id: 'contact-list-all',
		title: 'Contact › Get Many with Return All over 3 pages (205 contacts)',
		documented: 'same',
		setup: ({ sim }) => {
			sim.seedContacts(150);
		},
		nodes: [{ resource: 'contact', operation: 'getAll', parameters: { returnAll: true } }],
		expect: {
			status: 'success',
			count: { Leonar: 205 },
			requests: [
				{ method: 'GET', path: '/contacts', query: { limit: '100' }, status: 200 },
				{ method: 'GET', path: '/contacts', query: { limit: '100', offset: '100' }, status: 200 },
				{ method: 'GET', path: '/contacts', query: { limit: '100', offset: '200' }, status: 200 },
			],
			verify: ({ out }, assert) => {
				const ids = out('Leonar').map((c) => c.id);
				assert.strictEqual(new Set(ids).size, ids.length, 'no contact twice');
			},
		},
	},
	{
		id: 'contact-export-today',
		title: 'Contact › Get Many updated today, simplified (nightly export)',
		documented: {
			// Leonar ignores updated_at=gte.: the node reads newest first (sort=-updated_at) down to the bound
			summary:
				'works: the ignored updated_at filter is detected and the list read newest first down to the bound',
			status: 'success',
			count: { Leonar: 3 },
			requestsAtLeast: true,
			requests: [{ method: 'GET', path: '/contacts', status: 200 }],
			verify: ({ out, log }, assert) => {
				assert.ok(log.length <= 3, `${log.length} requests`);
				for (const c of out('Leonar')) assert.strictEqual(c.title, 'Updated today');
			},
		},
		setup: ({ sim }) => {
			sim.seedContacts(3, { title: 'Updated today' });
		},
		nodes: [
			{
				resource: 'contact',
				operation: 'getAll',
				parameters: {
					returnAll: true,
					filters: { updatedSince: '={{ $today.toISO() }}' },
					simplify: true,
				},
			},
		],
		expect: {
			status: 'success',
			count: { Leonar: 3 },
			requests: [{ method: 'GET', path: '/contacts', status: 200 }],
			verify: ({ out, log }, assert) => {
				assert.match(String(log[0].query.updated_at), new RegExp(`^gte\\.${today()}`));
				for (const c of out('Leonar')) {
					assert.strictEqual(c.title, 'Updated today');
					assert.ok(
						!('custom_data' in c) || Object.keys(c).length < 20,
						'simplified output keeps a subset of fields',
					);
				}
			},
		},
	},
	{
		id: 'contact-search',
		title: 'Contact › Search by text',
		documented: 'same',
		nodes: [
			{
				resource: 'contact',
				operation: 'search',
				parameters: { query: 'Sophie', returnAll: false, limit: 10 },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{ method: 'POST', path: '/contacts/search', body: { query: 'Sophie' }, status: 200 },
			],
			verify: ({ out }, assert) => {
				assert.ok(out('Leonar').length >= 1, 'at least one Sophie');
				for (const c of out('Leonar')) assert.match(JSON.stringify(c), /Sophie/);
			},
		},
	},
	{
		id: 'contact-update',
		title: 'Contact › Update the title',
		documented: 'same',
		nodes: [
			{
				resource: 'contact',
				operation: 'update',
				parameters: { contactId: ID('$contact'), updateFields: { title: 'Engineering Manager' } },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'PUT',
					path: '/contacts/$contact',
					body: { title: 'Engineering Manager' },
					status: 200,
				},
			],
			verify: ({ first }, assert) =>
				assert.strictEqual(first('Leonar').title, 'Engineering Manager'),
		},
	},
	{
		id: 'contact-upsert-existing',
		title: 'Contact › Create or Update: an existing e-mail updates that contact',
		documented: upsertRefused(),
		nodes: [
			{
				resource: 'contact',
				operation: 'upsert',
				parameters: {
					email: '$contactEmail',
					firstName: 'Sophie',
					additionalFields: { title: 'Principal Engineer' },
				},
			},
		],
		expect: {
			status: 'success',
			requestsAtLeast: true,
			requests: [],
			verify: ({ first, log, seed }, assert) => {
				assert.strictEqual(first('Leonar').id, seed.contact);
				assert.strictEqual(first('Leonar').title, 'Principal Engineer');
				assert.ok(
					!log.some((r) => r.method === 'POST' && r.path === '/contacts'),
					'no new contact created',
				);
				assert.ok(
					log.some((r) => r.method === 'PUT' && r.path === `/contacts/${seed.contact}`),
					'the existing contact was updated',
				);
			},
		},
	},
	{
		id: 'contact-upsert-new',
		title: 'Contact › Create or Update: a new e-mail creates a contact',
		documented: upsertRefused(),
		nodes: [
			{
				resource: 'contact',
				operation: 'upsert',
				parameters: { email: 'grace.hopper@example.com', firstName: 'Grace' },
			},
		],
		expect: {
			status: 'success',
			requestsAtLeast: true,
			requests: [],
			verify: ({ first, log }, assert) => {
				assert.strictEqual(first('Leonar').first_name, 'Grace');
				assert.ok(
					log.some((r) => r.method === 'POST' && r.path === '/contacts' && r.status === 201),
					'contact created',
				);
			},
		},
	},
	{
		id: 'contact-archive',
		title: 'Contact › Archive',
		documented: notOffered('Contact › Archive', 'DELETE', '/contacts/{id}', '/contacts/$contact'),
		nodes: [
			{ resource: 'contact', operation: 'archive', parameters: { contactId: ID('$contact') } },
		],
		expect: {
			status: 'success',
			requests: [{ method: 'DELETE', path: '/contacts/$contact', status: 200 }],
			verify: ({ first }, assert) => assert.ok(first('Leonar').archived_at, 'archived_at is set'),
		},
	},
	// ---------------------------------------------------------------- errors as a user sees them
	{
		id: 'error-scope',
		title: 'Error › 403 missing scope: message names contacts:write',
		documented: 'same',
		credential: 'contacts_read',
		nodes: [{ resource: 'contact', operation: 'create', parameters: { firstName: 'Scoped' } }],
		expect: {
			status: 'error',
			error: { message: /contacts:write/ },
			requests: [{ method: 'POST', path: '/contacts', status: 403 }],
			verify: ({ error }, assert) => {
				assert.ok(
					error.description && /Settings|API|key/i.test(error.description),
					'the description says how to fix the key',
				);
				assert.ok(
					!JSON.stringify(error).includes('leo_sim_contacts_read'),
					'the API key is not shown',
				);
			},
		},
	},
	{
		id: 'error-401',
		title: 'Error › 401 invalid API key',
		documented: 'same',
		credential: 'invalid',
		nodes: [
			{ resource: 'contact', operation: 'getAll', parameters: { returnAll: false, limit: 5 } },
		],
		expect: {
			status: 'error',
			error: { message: /key/i, description: /Settings > API/ },
			requestsAtLeast: true,
			requests: [{ method: 'GET', path: '/contacts', status: 401 }],
			verify: ({ error }, assert) =>
				assert.ok(!JSON.stringify(error).includes(CREDENTIALS.invalid), 'the API key is not shown'),
		},
	},
	{
		id: 'error-404',
		title: 'Error › 404 names the contact and its id',
		documented: notOffered('Contact › Get', 'GET', '/contacts/{id}', `/contacts/${RANDOM_UUID}`),
		nodes: [{ resource: 'contact', operation: 'get', parameters: { contactId: ID(RANDOM_UUID) } }],
		expect: {
			status: 'error',
			error: { message: new RegExp(`(?=.*[Cc]ontact)(?=.*${RANDOM_UUID})`) },
			requests: [{ method: 'GET', path: `/contacts/${RANDOM_UUID}`, status: 404 }],
		},
	},
	{
		id: 'error-404-record',
		title:
			'Error › 404 of a documented endpoint names the project and its id (a record, not a route)',
		documented: 'same',
		nodes: [{ resource: 'project', operation: 'get', parameters: { projectId: ID(RANDOM_UUID) } }],
		expect: {
			status: 'error',
			error: { message: new RegExp(`(?=.*Project)(?=.*${RANDOM_UUID})(?=.*not found)`) },
			requests: [{ method: 'GET', path: `/projects/${RANDOM_UUID}`, status: 404 }],
			verify: ({ error }, assert) =>
				assert.doesNotMatch(`${error.message} ${error.description}`, /does not offer/),
		},
	},
	{
		id: 'error-400',
		title: 'Error › 400 validation: the API field message reaches the user',
		documented: 'same',
		nodes: [
			{
				resource: 'contact',
				operation: 'update',
				parameters: {
					contactId: ID('$contact'),
					updateFields: { linkedinProfile: 'x'.repeat(600) },
				},
			},
		],
		expect: {
			status: 'error',
			error: { message: /linkedin/i },
			requestsAtLeast: true,
			requests: [],
		},
	},
	{
		id: 'rate-limit-429',
		title: '429 with a 3 s window: the node waits for the reset and succeeds',
		documented: {
			...notOffered('Contact › Get', 'GET', '/contacts/{id}', '/contacts/$contact'),
			summary:
				'clear error of Contact › Get (route not offered), after waiting for the window the 429 named',
			requests: [
				{ method: 'GET', path: '/contacts', status: 200 },
				{ method: 'GET', path: '/contacts', status: 200 },
				{ method: 'GET', path: '/contacts/$contact', status: 429 },
				{ method: 'GET', path: '/contacts/$contact', status: 404 },
			],
		},
		setup: async ({ sim, http }) => {
			sim.setRateLimit({ limit: 2, windowSeconds: 3 });
			await http('GET', '/contacts?limit=1');
			await http('GET', '/contacts?limit=1');
		},
		nodes: [{ resource: 'contact', operation: 'get', parameters: { contactId: ID('$contact') } }],
		expect: {
			status: 'success',
			count: { Leonar: 1 },
			requests: [
				{ method: 'GET', path: '/contacts', status: 200 },
				{ method: 'GET', path: '/contacts', status: 200 },
				{ method: 'GET', path: '/contacts/$contact', status: 429 },
				{ method: 'GET', path: '/contacts/$contact', status: 200 },
			],
			verify: ({ log }, assert) => {
				const waited = log[3].at - log[2].at;
				assert.ok(waited >= 1000 && waited < 10000, `waited ${waited} ms for the window to reset`);
			},
		},
	},
	{
		id: 'continue-on-fail',
		title: 'Continue On Fail: the failing item carries the error, the others go on',
		documented: {
			summary:
				'clear error in each item (Contact › Get: route not offered), paired with its input; the run goes on',
			status: 'success',
			count: { Leonar: 3 },
			requests: [{ status: 404 }, { status: 404 }, { status: 404 }],
			verify: ({ items }, assert) => {
				for (const item of items('Leonar'))
					assert.match(
						String(item.json.error),
						/^Contact › Get uses GET \/contacts\/\{id\}, which this Leonar API does not offer$/,
					);
				assert.deepStrictEqual(
					items('Leonar').map((i) => pairedIndex(i)),
					[0, 1, 2],
					'pairedItem points at the input item',
				);
			},
		},
		input: (seed) => [
			{ contactId: seed.contact },
			{ contactId: RANDOM_UUID },
			{ contactId: seed.contact2 },
		],
		nodes: [
			{
				resource: 'contact',
				operation: 'get',
				onError: 'continueRegularOutput',
				parameters: { contactId: ID('={{ $json.contactId }}') },
			},
		],
		expect: {
			status: 'success',
			count: { Leonar: 3 },
			// items 1 and 2 are sent together (Concurrency), so they may arrive in either order
			requests: [{ method: 'GET', path: '/contacts/$contact', status: 200 }, {}, {}],
			verify: ({ out, items, seed, log }, assert) => {
				assert.deepStrictEqual(
					log
						.slice(1)
						.map((r) => `${r.path} ${r.status}`)
						.sort(),
					[`/contacts/${RANDOM_UUID} 404`, `/contacts/${seed.contact2} 200`].sort(),
				);
				const [a, b, c] = out('Leonar');
				assert.strictEqual(a.id, seed.contact);
				assert.match(String(b.error), /not found/i);
				assert.strictEqual(c.id, seed.contact2);
				assert.deepStrictEqual(
					items('Leonar').map((i) => pairedIndex(i)),
					[0, 1, 2],
					'pairedItem points at the input item',
				);
			},
		},
	},
	{
		id: 'chain-code-leonar',
		title: 'Code → Leonar (create) → Leonar (update with an expression)',
		documented: 'same',
		input: [
			{ first: 'Linus', last: 'Torvalds', email: 'linus@example.com' },
			{ first: 'Margaret', last: 'Hamilton', email: 'margaret@example.com' },
		],
		nodes: [
			{
				name: 'Create Contact',
				resource: 'contact',
				operation: 'create',
				parameters: {
					firstName: '={{ $json.first }}',
					additionalFields: { lastName: '={{ $json.last }}', email: '={{ $json.email }}' },
				},
			},
			{
				name: 'Mark Shortlisted',
				resource: 'contact',
				operation: 'update',
				parameters: {
					contactId: ID('={{ $json.id }}'),
					updateFields: { title: "=Shortlisted ({{ $('Input').item.json.first }})" },
				},
			},
		],
		expect: {
			status: 'success',
			count: { 'Create Contact': 2, 'Mark Shortlisted': 2 },
			requests: [
				{
					method: 'POST',
					path: '/contacts',
					body: { first_name: 'Linus', email: 'linus@example.com' },
					status: 201,
				},
				{ method: 'POST', path: '/contacts', body: { first_name: 'Margaret' }, status: 201 },
				{ method: 'PUT', body: { title: 'Shortlisted (Linus)' }, status: 200 },
				{ method: 'PUT', body: { title: 'Shortlisted (Margaret)' }, status: 200 },
			],
			verify: ({ out }, assert) => {
				const created = out('Create Contact');
				const updated = out('Mark Shortlisted');
				assert.deepStrictEqual(
					updated.map((c) => c.id),
					created.map((c) => c.id),
				);
			},
		},
	},
	{
		id: 'http-predefined',
		title: 'HTTP Request node with the predefined credential type leonarApi (Custom API Call)',
		documented: 'same',
		nodes: [
			{
				kind: 'http',
				name: 'HTTP Request',
				parameters: {
					method: 'GET',
					url: '={{ "$simUrl" + "/sequences" }}',
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'leonarApi',
					options: {},
				},
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'GET',
					path: '/sequences',
					status: 200,
					headers: { authorization: 'Bearer leo_sim_full_access' },
				},
			],
			verify: ({ first }, assert) =>
				assert.ok(Array.isArray(first('HTTP Request').data), 'the API answer comes through'),
		},
	},
	{
		id: 'ai-tool',
		title: "AI tool variant n8n-nodes-leonar.leonarTool runs (through n8n's Tool Executor)",
		documented: {
			summary: 'clear error through the tool: Contact › Get (route not offered)',
			status: 'error',
			error: {
				message: /Contact › Get uses GET \/contacts\/\{id\}, which this Leonar API does not offer/,
			},
			requests: [{ method: 'GET', path: '/contacts/$contact', status: 404 }],
		},
		nodes: [
			{
				kind: 'toolExecutor',
				name: 'Tool Executor',
				tool: { resource: 'contact', operation: 'get', parameters: { contactId: ID('$contact') } },
			},
		],
		expect: {
			status: 'success',
			requests: [{ method: 'GET', path: '/contacts/$contact', status: 200 }],
			verify: ({ out, seed }, assert) =>
				assert.match(JSON.stringify(out('Tool Executor')), new RegExp(seed.contact)),
		},
	},
	// ---------------------------------------------------------------- other resources (names from docs/node-contract.md)
	{
		id: 'company-create',
		title: 'Company › Create',
		documented: 'same',
		nodes: [
			{ resource: 'company', operation: 'create', parameters: { name: 'Globex Corporation' } },
		],
		expect: {
			status: 'success',
			requests: [
				{ method: 'POST', path: '/companies', body: { name: 'Globex Corporation' }, status: 201 },
			],
			verify: ({ first }, assert) => assert.strictEqual(first('Leonar').name, 'Globex Corporation'),
		},
	},
	{
		id: 'company-list-limit',
		title: 'Company › Get Many with Limit 3',
		documented: 'same',
		nodes: [
			{ resource: 'company', operation: 'getAll', parameters: { returnAll: false, limit: 3 } },
		],
		expect: {
			status: 'success',
			count: { Leonar: 3 },
			requests: [{ method: 'GET', path: '/companies', query: { limit: '3' }, status: 200 }],
		},
	},
	{
		id: 'deal-move-stage',
		title: 'Deal › Move to another stage',
		documented: 'same',
		nodes: [
			{
				resource: 'deal',
				operation: 'moveStage',
				parameters: { dealId: ID('$deal'), stageId: ID('$dealStage2') },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'PUT',
					path: '/deals/$deal/stage',
					body: { stage_id: '$dealStage2' },
					status: 200,
				},
			],
			verify: ({ first, seed }, assert) =>
				assert.strictEqual(first('Leonar').stage_id, seed.dealStage2),
		},
	},
	{
		id: 'note-create',
		title: 'Note › Create on a contact',
		documented: 'same',
		nodes: [
			{
				resource: 'note',
				operation: 'create',
				parameters: { contactId: ID('$contact'), content: 'Phone screen went well.' },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'POST',
					path: '/contacts/$contact/notes',
					body: { content: 'Phone screen went well.' },
					status: 201,
				},
			],
		},
	},
	{
		id: 'tag-list-all',
		title: 'Tag › Get Many with Return All',
		documented: 'same',
		nodes: [{ resource: 'tag', operation: 'getAll', parameters: { returnAll: true } }],
		expect: {
			status: 'success',
			count: { Leonar: 6 },
			requestsAtLeast: true,
			requests: [{ method: 'GET', path: '/tags', status: 200 }],
		},
	},
	{
		id: 'task-create',
		title: 'Task › Create a follow-up task for a contact',
		documented: notOffered('Task › Create', 'POST', '/tasks', '/tasks'),
		nodes: [
			{
				resource: 'task',
				operation: 'create',
				parameters: {
					title: 'Prepare interview',
					additionalFields: { contactId: ID('$contact'), dueDate: '2026-12-01', type: 'interview' },
				},
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'POST',
					path: '/tasks',
					body: {
						title: 'Prepare interview',
						contact_id: '$contact',
						due_date: '2026-12-01',
						type: 'interview',
					},
					status: 201,
				},
			],
		},
	},
	{
		id: 'task-delete',
		title: 'Task › Delete',
		documented: notOffered('Task › Delete', 'DELETE', '/tasks/{id}', '/tasks/$task'),
		nodes: [{ resource: 'task', operation: 'delete', parameters: { taskId: ID('$task') } }],
		expect: {
			status: 'success',
			count: { Leonar: 1 },
			requests: [{ method: 'DELETE', path: '/tasks/$task', status: 204 }],
		},
	},
	{
		id: 'enrichment-enrich',
		title: 'Enrichment › Enrich a contact',
		documented: notOffered('Enrichment › Enrich Contact', 'POST', '/enrichments', '/enrichments'),
		nodes: [
			{ resource: 'enrichment', operation: 'enrich', parameters: { contactId: ID('$contact') } },
		],
		expect: {
			status: 'success',
			requestsAtLeast: true,
			requests: [
				{ method: 'POST', path: '/enrichments', body: { contact_id: '$contact' }, status: 201 },
			],
		},
	},
	{
		id: 'message-send',
		title: 'Message › Send an e-mail to a contact',
		documented: 'same',
		nodes: [
			{
				resource: 'message',
				operation: 'send',
				parameters: {
					contactId: ID('$contact2'),
					channel: 'email',
					additionalFields: { subject: 'A role for you' },
					content: 'Hello, are you open to a new role?',
				},
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'POST',
					path: '/messages',
					body: {
						contact_id: '$contact2',
						channel: 'email',
						content: 'Hello, are you open to a new role?',
					},
					status: 201,
				},
			],
		},
	},
	{
		id: 'project-get',
		title: 'Project › Get (with its pipeline stages)',
		documented: 'same',
		nodes: [{ resource: 'project', operation: 'get', parameters: { projectId: ID('$project') } }],
		expect: {
			status: 'success',
			requests: [{ method: 'GET', path: '/projects/$project', status: 200 }],
			verify: ({ first, seed }, assert) => assert.strictEqual(first('Leonar').id, seed.project),
		},
	},
	{
		id: 'entry-create',
		title: 'Pipeline Entry › Add a contact to a project',
		documented: 'same',
		nodes: [
			{
				resource: 'pipelineEntry',
				operation: 'create',
				parameters: { projectId: ID('$project'), contactId: ID('$freeContact') },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'POST',
					path: '/projects/$project/entries',
					body: { contact_id: '$freeContact' },
					status: 201,
				},
			],
		},
	},
	{
		id: 'entry-move-stage',
		title: 'Pipeline Entry › Move a candidate to "Interview"',
		documented: notOffered(
			'Pipeline Entry › Move to Stage',
			'PUT',
			'/projects/{id}/entries/{entryId}/stage',
			'/projects/$project/entries/$entry/stage',
		),
		nodes: [
			{
				resource: 'pipelineEntry',
				operation: 'moveStage',
				parameters: {
					projectId: ID('$project'),
					entryId: ID('$entry'),
					stageId: ID('$interviewStage'),
				},
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'PUT',
					path: '/projects/$project/entries/$entry/stage',
					body: { stage_id: '$interviewStage' },
					status: 200,
				},
			],
		},
	},
	{
		id: 'sequence-list-limit',
		title: 'Sequence › Get Many with Limit 1',
		documented: 'same',
		nodes: [
			{ resource: 'sequence', operation: 'getAll', parameters: { returnAll: false, limit: 1 } },
		],
		expect: {
			status: 'success',
			count: { Leonar: 1 },
			requests: [{ method: 'GET', path: '/sequences', query: { limit: '1' }, status: 200 }],
		},
	},
	{
		id: 'sequence-enroll-700',
		title: 'Sequence › Enroll 700 items → 2 calls (500 + 200)',
		documented: 'same',
		setup: ({ sim }) => sim.seedContacts(700).map((c) => c.id),
		input: (seed, ids) => ids.map((contactId) => ({ contactId })),
		nodes: [
			{
				resource: 'sequence',
				operation: 'enroll',
				parameters: { sequenceId: ID('$sequence'), contactId: ID('={{ $json.contactId }}') },
			},
		],
		expect: {
			status: 'success',
			count: { Leonar: 700 },
			requests: [
				{ method: 'POST', path: '/sequences/$sequence/enroll', status: 200 },
				{ method: 'POST', path: '/sequences/$sequence/enroll', status: 200 },
			],
			verify: ({ log, items }, assert) => {
				const sizes = log.map((r) => (r.body.contact_ids || r.body.contacts || []).length);
				assert.deepStrictEqual(sizes, [500, 200]);
				assert.strictEqual(
					pairedIndex(items('Leonar')[699]),
					699,
					'the last output item pairs with the last input item',
				);
			},
		},
	},
	{
		id: 'sourcing-search',
		title: 'Sourcing › Search candidates for a project',
		documented: 'same',
		nodes: [
			{
				resource: 'sourcing',
				operation: 'search',
				parameters: {
					projectId: ID('$project'),
					sourceType: 'leonar_source',
					returnAll: false,
					limit: 5,
				},
			},
		],
		expect: {
			status: 'success',
			requestsAtLeast: true,
			requests: [{ method: 'POST', path: '/sourcing/search', status: 200 }],
		},
	},
	{
		id: 'file-upload',
		title: 'File › Upload a binary CV to a contact',
		documented: 'same',
		inputBinary: {
			property: 'data',
			base64: PDF_BASE64,
			mimeType: 'application/pdf',
			fileName: 'cv-ada.pdf',
		},
		nodes: [
			{
				resource: 'file',
				operation: 'upload',
				parameters: { contactId: ID('$contact'), binaryPropertyName: 'data' },
			},
		],
		expect: {
			status: 'success',
			requests: [
				{
					method: 'POST',
					path: '/contacts/$contact/files',
					body: {
						filename: 'cv-ada.pdf',
						content_type: 'application/pdf',
						file_base64: PDF_BASE64,
					},
					status: 201,
				},
			],
		},
	},
	{
		id: 'file-download',
		title: "File › Download a contact's file as binary",
		documented: notOffered(
			'File › Download',
			'GET',
			'/contacts/{id}/files/{fileId}',
			'/contacts/$contact/files/$file',
		),
		nodes: [
			{
				resource: 'file',
				operation: 'download',
				parameters: { contactId: ID('$contact'), fileId: ID('$file') },
			},
			{
				kind: 'code',
				name: 'Check Binary',
				code: "const out = [];\nfor (let i = 0; i < $input.all().length; i++) {\n  const item = $input.all()[i];\n  const key = Object.keys(item.binary || {})[0];\n  const buf = key ? await this.helpers.getBinaryDataBuffer(i, key) : Buffer.alloc(0);\n  out.push({ json: { key, fileName: key && item.binary[key].fileName, mimeType: key && item.binary[key].mimeType, base64: buf.toString('base64') } });\n}\nreturn out;",
			},
		],
		expect: {
			status: 'success',
			requests: [{ method: 'GET', status: 200 }],
			verify: ({ first, seed }, assert) => {
				const b = first('Check Binary');
				assert.strictEqual(b.base64, seed.fileBase64, "the downloaded bytes are the file's");
				assert.strictEqual(b.fileName, seed.fileName);
			},
		},
	},
];

/**
 * The example workflows in examples/*.json (the ones `npm start` imports), run as they are: their trigger is
 * swapped for a Webhook node of the same name and their credential for the suite's full-access one.
 */
const exampleCases = [
	{
		id: 'example-enroll',
		file: 'enroll-new-candidates-in-sequence.json',
		title: 'Example › enroll new candidates of a project in a sequence',
		documented: 'same',
		expect: {
			status: 'success',
			requestsAtLeast: true,
			requests: [{ method: 'GET', path: '/projects/$project/entries', status: 200 }],
			verify: ({ log, out }, assert) => {
				const enroll = log.filter(
					(r) => r.method === 'POST' && /\/sequences\/[^/]+\/enroll$/.test(r.path),
				);
				assert.strictEqual(enroll.length, 1, 'one enroll call for all sourced candidates');
				assert.ok(out('Enroll in Sequence').length >= 1, 'the enroll node reports per contact');
			},
		},
	},
	{
		id: 'example-export',
		file: 'nightly-export-contacts-updated-today.json',
		title: 'Example › nightly export of contacts updated today (CSV)',
		documented: {
			summary: 'works (Updated Since read newest first, as in contact-export-today)',
			status: 'success',
			count: { 'Contacts Updated Today': 3, 'CSV File': 1 },
			requestsAtLeast: true,
			requests: [{ method: 'GET', path: '/contacts', status: 200 }],
			verify: ({ log }, assert) => assert.ok(log.length <= 3, `${log.length} requests`),
		},
		setup: ({ sim }) => {
			sim.seedContacts(3);
		},
		expect: {
			status: 'success',
			count: { 'Contacts Updated Today': 3, 'CSV File': 1 },
			requests: [{ method: 'GET', path: '/contacts', query: { sort: '-updated_at' }, status: 200 }],
			verify: ({ items }, assert) => {
				const file = Object.values(items('CSV File')[0].binary || {})[0];
				assert.ok(file, 'the CSV file is produced');
				assert.match(file.fileName, new RegExp(`^leonar-contacts-${today()}\\.csv$`));
			},
		},
	},
	{
		id: 'example-interview',
		file: 'move-to-interview-and-create-task.json',
		title: 'Example › move a candidate to Interview and create a task',
		documented: {
			...notOffered(
				'Pipeline Entry › Move to Stage',
				'PUT',
				'/projects/{id}/entries/{entryId}/stage',
				/\/projects\/[^/]+\/entries\/[^/]+\/stage$/,
			),
			// the stage move fails, so the task is not created either (one request, nothing written)
			summary:
				'clear error of Pipeline Entry › Move to Stage (route not offered); the task is not created',
		},
		expect: {
			status: 'success',
			requests: [
				{ method: 'PUT', path: /\/projects\/[^/]+\/entries\/[^/]+\/stage$/, status: 200 },
				{
					method: 'POST',
					path: '/tasks',
					body: { type: 'interview', priority: 'high' },
					status: 201,
				},
			],
			verify: ({ first, log }, assert) => {
				assert.strictEqual(first('Move to Interview').stage.name, 'Interview');
				assert.strictEqual(log[1].body.contact_id, first('Move to Interview').contact_id);
				assert.match(first('Create Interview Task').title, /^Interview \S+/);
			},
		},
	},
];

/** pairedItem → input index. */
function pairedIndex(item) {
	const p = item.pairedItem;
	if (Array.isArray(p)) return p[0]?.item;
	if (typeof p === 'number') return p;
	return p?.item;
}

/**
 * A case's expectation under a simulator profile: `expect` for the default profile; for the documented
 * profile its `documented` field ('same' when `expect` holds unchanged). A string when none is written down.
 */
function expectationOf(c, profile) {
	if (profile === 'default') return c.expect;
	const written = c[profile];
	if (written === undefined)
		return `no expectation written down for the ${profile} profile (field \`${profile}\` of the case)`;
	return written === 'same' ? c.expect : written;
}

module.exports = {
	cases,
	exampleCases,
	CREDENTIALS,
	ID,
	RANDOM_UUID,
	pairedIndex,
	PROFILES,
	expectationOf,
};
