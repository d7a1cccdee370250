'use strict';
/*
 * The benchmark scenarios of `npm run bench` (tools/bench.js). Each scenario runs twice in real n8n:
 *   ours   — the Leonar node
 *   theirs — what a user builds without it: n8n's HTTP Request node with Authentication "Predefined Credential
 *            Type" = leonarApi, configured as n8n's docs teach (its Pagination option for lists, one request per
 *            item for writes, the Batching option to respect a rate limit).
 * A workflow is Webhook → [Split Out of the webhook body's `items`] → the node(s) under test. `measured` names the
 * nodes whose execution time is reported.
 *
 * setup({ sim, seed, warm }) prepares the simulator (already reset) and returns { body, check } — the webhook
 * body, and an optional check(sim) that returns a list of problems with the simulator's state afterwards.
 */

const HTTP_VERSION = 4.2; // n8n-nodes-base.httpRequest; V3 implementation shared by 4.x

/** Items for the Split Out node: the webhook body's `items` array, one n8n item per element. */
const SPLIT = {
	name: 'Input',
	type: 'n8n-nodes-base.splitOut',
	typeVersion: 1,
	parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
};

const rl = (value) => ({ __rl: true, mode: 'id', value });

function http(name, parameters, extra = {}) {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: HTTP_VERSION,
		credential: true,
		parameters: {
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'leonarApi',
			...parameters,
		},
		...extra,
	};
}

function leonar(parameters, extra = {}) {
	return { name: 'Leonar', leonar: true, parameters, ...extra };
}

const jsonBody = (expression) => ({
	sendBody: true,
	contentType: 'json',
	specifyBody: 'json',
	jsonBody: `={{ ${expression} }}`,
});

async function seedContacts(sim, count) {
	return sim.seedContacts(count).map((c) => c.id);
}

const visibleContacts = (sim) =>
	[...sim.state.contacts.values()].filter((c) => !c.archived_at).length;

/** Size of scenario 1 (BENCH_LIST_RECORDS, default 10,000; a multiple of 100), e.g. to check that memory scales with it. */
const LIST_RECORDS = Number(process.env.BENCH_LIST_RECORDS || 10000);

const scenarios = [
	{
		id: 's1',
		title: `Return All of ${LIST_RECORDS.toLocaleString('en-US')} contacts`,
		records: LIST_RECORDS,
		minCalls: Math.ceil(LIST_RECORDS / 100),
		// Pages after the first are read concurrently, each overlapping the one before by a record so that
		// every boundary proves the list did not change meanwhile (nodes/Leonar/transport/pagers/concurrent.ts):
		// 1 + ⌈(N − 100) / 99⌉ pages instead of ⌈N / 100⌉, i.e. one call more per 9,900 records.
		maxCalls: 1 + Math.ceil((LIST_RECORDS - 100) / 99),
		target: `calls ≤ ${1 + Math.ceil((LIST_RECORDS - 100) / 99)} (the physical minimum of ${Math.ceil(LIST_RECORDS / 100)}, 100 records per page, + the one-record overlap of concurrent pages)`,
		theirsChoice:
			'HTTP Request GET /contacts?limit=100 with Pagination "Update a Parameter in Each Request" (query offset = {{ $pageCount * 100 }}), complete when {{ $response.body.meta.has_more === false }}; then Split Out on `data` to get one item per contact, as ours outputs',
		async setup({ sim, warm }) {
			// LIST_RECORDS listed contacts (the seed has some, 5 of them archived and not listed)
			if (!warm) await seedContacts(sim, LIST_RECORDS - visibleContacts(sim));
			return {
				body: {},
				check: (s) =>
					visibleContacts(s) === LIST_RECORDS || warm
						? []
						: [`${visibleContacts(s)} contacts listed, expected ${LIST_RECORDS}`],
			};
		},
		split: false,
		ours: () => [
			leonar({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: {},
				options: {},
			}),
		],
		theirs: ({ simUrl }) => [
			http('HTTP Request', {
				method: 'GET',
				url: `${simUrl}/contacts`,
				sendQuery: true,
				queryParameters: { parameters: [{ name: 'limit', value: '100' }] },
				options: {
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: {
								parameters: [{ type: 'qs', name: 'offset', value: '={{ $pageCount * 100 }}' }],
							},
							paginationCompleteWhen: 'other',
							completeExpression: '={{ $response.body.meta.has_more === false }}',
						},
					},
				},
			}),
			{
				name: 'Split Out Data',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'data', include: 'noOtherFields', options: {} },
			},
		],
		measured: { ours: ['Leonar'], theirs: ['HTTP Request', 'Split Out Data'] },
		outputNode: { ours: 'Leonar', theirs: 'Split Out Data' },
	},
	{
		id: 's2',
		title: 'Enroll 2,000 contacts into one sequence',
		records: 2000,
		minCalls: 4,
		target: 'calls = 4 (500 contacts per enroll call)',
		theirsChoice:
			'HTTP Request POST /sequences/{id}/enroll once per item with {"contact_ids": [id]} (one request per item, as the docs teach for writes; a user who aggregates would need Loop Over Items in chunks of 500 + Aggregate + HTTP Request)',
		async setup({ sim, seed, warm }) {
			const ids = await seedContacts(sim, warm ? 3 : 2000);
			const before = [...sim.state.enrollments.values()].filter(
				(e) => e.sequence_id === seed.sequence,
			).length;
			return {
				body: { items: ids.map((id) => ({ id })) },
				check: (s) => {
					const after = [...s.state.enrollments.values()].filter(
						(e) => e.sequence_id === seed.sequence,
					).length;
					return after - before === ids.length
						? []
						: [`${after - before} contacts enrolled, expected ${ids.length}`];
				},
			};
		},
		split: true,
		ours: ({ seed }) => [
			leonar({
				resource: 'sequence',
				operation: 'enroll',
				sequenceId: rl(seed.sequence),
				contactId: '={{ $json.id }}',
				customVariables: {},
				options: {},
			}),
		],
		theirs: ({ simUrl, seed }) => [
			http('HTTP Request', {
				method: 'POST',
				url: `${simUrl}/sequences/${seed.sequence}/enroll`,
				...jsonBody('JSON.stringify({ contact_ids: [$json.id] })'),
				options: {},
			}),
		],
		measured: { ours: ['Leonar'], theirs: ['HTTP Request'] },
		outputNode: { ours: 'Leonar', theirs: 'HTTP Request' },
	},
	{
		id: 's3',
		title: 'Add 1,000 sourced profiles to a project',
		records: 1000,
		minCalls: 10,
		target: 'calls = 10 (100 profiles per add-to-project call)',
		theirsChoice:
			'HTTP Request POST /sourcing/add-to-project once per item with {"project_id": …, "profiles": [the item]}',
		async setup({ sim, seed, warm }) {
			const n = warm ? 3 : 1000;
			const tag = warm ? 'warm' : 'bench';
			const profiles = Array.from({ length: n }, (_, i) => ({
				profile_id: `${tag}-profile-${i}`,
				first_name: `Sourced${i}`,
				last_name: 'Profile',
				headline: 'Backend Engineer at Example',
				location: 'Paris, France',
				linkedin_url: `https://www.linkedin.com/in/${tag}-profile-${i}`,
				current_job: { title: 'Backend Engineer', company_name: 'Example' },
				skills: ['TypeScript', 'Node.js'],
			}));
			const before = [...sim.state.entries.values()].filter(
				(e) => e.project_id === seed.project,
			).length;
			return {
				body: { items: profiles },
				check: (s) => {
					const after = [...s.state.entries.values()].filter(
						(e) => e.project_id === seed.project,
					).length;
					return after - before === n
						? []
						: [`${after - before} profiles added to the project, expected ${n}`];
				},
			};
		},
		split: true,
		ours: ({ seed }) => [
			leonar({
				resource: 'sourcing',
				operation: 'addToProject',
				projectId: rl(seed.project),
				profileField: '',
				additionalFields: {},
				options: {},
			}),
		],
		theirs: ({ simUrl, seed }) => [
			http('HTTP Request', {
				method: 'POST',
				url: `${simUrl}/sourcing/add-to-project`,
				...jsonBody(`JSON.stringify({ project_id: "${seed.project}", profiles: [$json] })`),
				options: {},
			}),
		],
		measured: { ours: ['Leonar'], theirs: ['HTTP Request'] },
		outputNode: { ours: 'Leonar', theirs: 'HTTP Request' },
	},
	{
		id: 's4',
		title: '3,000 contact updates under a binding rate limit (500 requests per 10-second window)',
		records: 3000,
		minCalls: 3000,
		rateLimit: { limit: 500, windowSeconds: 10 },
		target: 'zero failed items, no 429, wall time close to the window-imposed minimum',
		theirsChoice:
			'HTTP Request PUT /contacts/{id} once per item with the Batching option the docs recommend against rate limits (500 items per batch, 10,000 ms between batches: the limit known in advance); On Error = Continue so that failed items are counted, not fatal',
		async setup({ sim, warm }) {
			const ids = await seedContacts(sim, warm ? 3 : 3000);
			if (!warm) sim.setRateLimit(this.rateLimit);
			return {
				body: { items: ids.map((id, i) => ({ id, title: `Updated ${i}` })) },
				check: (s) => {
					const updated = ids.filter(
						(id, i) => s.state.contacts.get(id)?.title === `Updated ${i}`,
					).length;
					return updated === ids.length ? [] : [`${updated} of ${ids.length} contacts updated`];
				},
			};
		},
		split: true,
		ours: () => [
			leonar(
				{
					resource: 'contact',
					operation: 'update',
					contactId: '={{ $json.id }}',
					updateFields: { title: '={{ $json.title }}' },
					options: { maxRateLimitWait: 60 },
				},
				{ onError: 'continueRegularOutput' },
			),
		],
		theirs: ({ simUrl }) => [
			http(
				'HTTP Request',
				{
					method: 'PUT',
					url: `=${simUrl}/contacts/{{ $json.id }}`,
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: { parameters: [{ name: 'title', value: '={{ $json.title }}' }] },
					options: { batching: { batch: { batchSize: 500, batchInterval: 10000 } } },
				},
				{ onError: 'continueRegularOutput' },
			),
		],
		measured: { ours: ['Leonar'], theirs: ['HTTP Request'] },
		outputNode: { ours: 'Leonar', theirs: 'HTTP Request' },
	},
	{
		id: 's5',
		title: 'Per-item overhead: 5,000 contact gets, simulator at zero latency',
		records: 5000,
		minCalls: 5000,
		target: 'wall time within 10% of the HTTP Request node, or faster',
		theirsChoice:
			'HTTP Request GET /contacts/{{ $json.id }} once per item (the node sends all items concurrently)',
		async setup({ sim, warm }) {
			const ids = await seedContacts(sim, warm ? 20 : 5000);
			return { body: { items: ids.map((id) => ({ id })) } };
		},
		split: true,
		ours: () => [
			leonar({
				resource: 'contact',
				operation: 'get',
				contactId: '={{ $json.id }}',
				simplify: false,
				options: {},
			}),
		],
		theirs: ({ simUrl }) => [
			http('HTTP Request', {
				method: 'GET',
				url: `=${simUrl}/contacts/{{ $json.id }}`,
				options: {},
			}),
		],
		measured: { ours: ['Leonar'], theirs: ['HTTP Request'] },
		outputNode: { ours: 'Leonar', theirs: 'HTTP Request' },
	},
];

// ------------------------------------------------------------------ with latency

/** The simulator's latency in the latency scenarios: 150 ms per request, + 0..20 ms jitter. */
const LATENCY = { fixedMs: 150, jitterMs: 20 };
const byId = (id) => scenarios.find((x) => x.id === id);
const getsAt150 = 500;

const latencyScenarios = [
	{
		...byId('s5'),
		id: 'l1',
		title: `${getsAt150} contact gets, simulator at 150 ms latency`,
		latency: LATENCY,
		records: getsAt150,
		minCalls: getsAt150,
		goal: { kind: 'ratio', max: 1.1, no429: true },
		target: "wall time ≤ 1.1× the HTTP Request node's, 0 × 429",
		theirsChoice:
			'HTTP Request GET /contacts/{{ $json.id }} once per item (the node sends all 500 requests at once)',
		variants: ['ours', 'oursDefault', 'theirs'],
		variantLabels: { ours: 'ours (Concurrency 50)', oursDefault: 'ours (default: 5)' },
		async setup({ sim, warm }) {
			const ids = await seedContacts(sim, warm ? 20 : getsAt150);
			return { body: { items: ids.map((id) => ({ id })) } };
		},
		ours: () => [
			leonar({
				resource: 'contact',
				operation: 'get',
				contactId: '={{ $json.id }}',
				simplify: false,
				options: { concurrency: 50 },
			}),
		],
		oursDefault: () => [
			leonar({
				resource: 'contact',
				operation: 'get',
				contactId: '={{ $json.id }}',
				simplify: false,
				options: {},
			}),
		],
		measured: { ours: ['Leonar'], oursDefault: ['Leonar'], theirs: ['HTTP Request'] },
		outputNode: { ours: 'Leonar', oursDefault: 'Leonar', theirs: 'HTTP Request' },
	},
	{
		...byId('s1'),
		id: 'l2',
		title: `Return All of ${LIST_RECORDS.toLocaleString('en-US')} contacts, simulator at 150 ms latency`,
		latency: LATENCY,
		goal: { kind: 'ratio', max: 0.3 },
		target: "wall time ≤ 0.3× the HTTP Request node's paginated run",
		notes: () => [
			'The HTTP Request node asks one page after the other (100 pages × ~160 ms). Ours asks the first page, learns the',
			'total from `meta.total`, then asks the other pages up to 5 at a time (never more than `X-RateLimit-Remaining`),',
			'each page overlapping the previous one by one record so that every boundary is checked: hence 101 calls for 100',
			'pages (nodes/Leonar/transport/pagers/concurrent.ts). With 4 pages in flight the same run gave 0.31×.',
		],
	},
	{
		...byId('s4'),
		id: 'l3',
		title:
			'2,000 contact updates, simulator at 150 ms latency, under a binding rate limit (200 requests per 10-second window)',
		latency: LATENCY,
		records: 2000,
		minCalls: 2000,
		rateLimit: { limit: 200, windowSeconds: 10 },
		goal: { kind: 'window' },
		target: 'zero failed items, no 429',
		theirsChoice:
			'HTTP Request PUT /contacts/{id} once per item with the Batching option the docs recommend against rate limits (200 items per batch, 10,000 ms between batches: the limit known in advance); On Error = Continue so that failed items are counted, not fatal',
		async setup({ sim, warm }) {
			const ids = await seedContacts(sim, warm ? 3 : 2000);
			if (!warm) sim.setRateLimit(this.rateLimit);
			return {
				body: { items: ids.map((id, i) => ({ id, title: `Updated ${i}` })) },
				check: (st) => {
					const updated = ids.filter(
						(id, i) => st.state.contacts.get(id)?.title === `Updated ${i}`,
					).length;
					return updated === ids.length ? [] : [`${updated} of ${ids.length} contacts updated`];
				},
			};
		},
		theirs: ({ simUrl }) => [
			http(
				'HTTP Request',
				{
					method: 'PUT',
					url: `=${simUrl}/contacts/{{ $json.id }}`,
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: { parameters: [{ name: 'title', value: '={{ $json.title }}' }] },
					options: { batching: { batch: { batchSize: 200, batchInterval: 10000 } } },
				},
				{ onError: 'continueRegularOutput' },
			),
		],
	},
];

// the zero-latency scenarios' goals
byId('s1').goal = { kind: 'calls' };
byId('s2').goal = { kind: 'calls' };
byId('s3').goal = { kind: 'calls' };
byId('s4').goal = { kind: 'window' };
byId('s5').goal = { kind: 'ratio', max: 1.1 };

scenarios.push(...latencyScenarios);

module.exports = { scenarios, SPLIT, HTTP_VERSION, LATENCY };
