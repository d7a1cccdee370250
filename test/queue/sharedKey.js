'use strict';
/*
 * One key, many workers: EXECUTIONS concurrent executions of one workflow (Webhook → Split Out → Leonar Contact ›
 * Update), all with the same Leonar credential, spread over the queue stack's workers, under a rate-limit window
 * that binds (the simulator counts every request of the key, whichever execution sends it). Each execution only
 * learns the budget from the X-RateLimit-* headers of its own answers and paces itself; a 429 (another execution
 * spent the last request first) makes it wait for the reset and send again. Checks: every item processed (every
 * contact has its new title), 0 failed items, every execution successful, both workers ran some; reports the 429s.
 */
const crypto = require('crypto');

const { pairedIndex } = require('../e2e/cases');

const WORKFLOW_ID = 'wfQueueSharedKey';
const PATH = 'queue-shared-key';
/** Concurrent executions, items per execution, and the window (requests per windowSeconds, for the whole key). */
const SHAPE = {
	executions: Number(process.env.QUEUE_SHARED_EXECUTIONS || 8),
	items: Number(process.env.QUEUE_SHARED_ITEMS || 30),
	limit: 60,
	windowSeconds: 5,
	latency: { fixedMs: 20, jitterMs: 20 },
};

function workflow(credential, nodeOptions = {}) {
	const node = (name, type, typeVersion, parameters, extra = {}) => ({
		id: crypto.randomUUID(),
		name,
		type,
		typeVersion,
		position: [0, 0],
		parameters,
		...extra,
	});
	const nodes = [
		node(
			'Webhook',
			'n8n-nodes-base.webhook',
			2,
			{
				httpMethod: 'POST',
				path: PATH,
				responseMode: 'lastNode',
				responseData: 'noData',
				options: {},
			},
			{ webhookId: crypto.randomUUID() },
		),
		node('Input', 'n8n-nodes-base.splitOut', 1, {
			fieldToSplitOut: 'body.items',
			include: 'noOtherFields',
			options: {},
		}),
		node(
			'Leonar',
			'n8n-nodes-leonar.leonar',
			1,
			{
				resource: 'contact',
				operation: 'update',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { title: '={{ $json.title }}' },
				options: { ...nodeOptions },
			},
			{ credentials: { leonarApi: credential } },
		),
	];
	nodes.forEach((n, i) => (n.position = [220 * i, 0]));
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: WORKFLOW_ID,
		name: 'queue: one key, many workers (Contact › Update)',
		active: false,
		nodes,
		connections,
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
		},
		pinData: {},
	};
}

/**
 * Runs the scenario on a started stack; returns { result (one suite result), summary (numbers for the report) }.
 * readExecutions(ids, { all }) reads the stack's database.
 */
async function run({ stack, sim, readExecutions }) {
	const started = Date.now();
	const problems = [];
	sim.reset();
	sim.setRateLimit({ limit: SHAPE.limit, windowSeconds: SHAPE.windowSeconds });
	sim.setLatency(SHAPE.latency);
	const batches = Array.from({ length: SHAPE.executions }, (_, e) =>
		sim.seedContacts(SHAPE.items).map((c, i) => ({ id: c.id, title: `Shared key e${e} i${i}` })),
	);
	sim.clearLog();
	const earlier = (await readExecutions([WORKFLOW_ID], { all: true }))[WORKFLOW_ID] || [];
	const before = new Set(earlier.map((e) => String(e.id)));
	const t0 = Date.now();
	const answers = await Promise.all(
		batches.map((items) =>
			fetch(`${stack.base}/webhook/${PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ items }),
				signal: AbortSignal.timeout(300_000),
			}).then(
				async (res) => ({ status: res.status, text: await res.text() }),
				(error) => ({ status: 0, text: error.message }),
			),
		),
	);
	const wallMs = Date.now() - t0;
	for (const a of answers)
		if (a.status !== 200)
			problems.push(`webhook answered HTTP ${a.status}: ${a.text.slice(0, 200)}`);

	// executions: wait (bounded) until all are saved as finished
	let executions = [];
	const deadline = Date.now() + 30_000;
	for (;;) {
		const all = (await readExecutions([WORKFLOW_ID], { all: true }))[WORKFLOW_ID] || [];
		executions = all.filter((e) => !before.has(String(e.id)));
		if (
			(executions.length >= SHAPE.executions &&
				executions.every((e) => e.status !== 'running' && e.status !== 'new')) ||
			Date.now() > deadline
		)
			break;
		await new Promise((r) => setTimeout(r, 500));
	}
	if (executions.length !== SHAPE.executions)
		problems.push(`${executions.length} executions saved, expected ${SHAPE.executions}`);
	let failedItems = 0;
	let items = 0;
	for (const e of executions) {
		if (e.status !== 'success')
			problems.push(`execution ${e.id} ended ${e.status}${e.error ? `: ${e.error.message}` : ''}`);
		const out = (e.nodes.Leonar || []).flatMap((r) => r.items);
		items += out.length;
		failedItems += out.filter((i) => i.json && i.json.error !== undefined).length;
		if (out.some((item, i) => pairedIndex(item) !== i))
			problems.push(`execution ${e.id}: an output item is not paired with its input item`);
	}
	if (failedItems) problems.push(`${failedItems} failed items`);
	const expectedItems = SHAPE.executions * SHAPE.items;
	if (items !== expectedItems) problems.push(`${items} output items, expected ${expectedItems}`);
	const updated = batches
		.flat()
		.filter((want) => sim.state.contacts.get(want.id)?.title === want.title).length;
	if (updated !== expectedItems)
		problems.push(`${updated} of ${expectedItems} contacts have their new title`);

	const statuses = {};
	for (const entry of sim.log) statuses[entry.status] = (statuses[entry.status] || 0) + 1;
	const workerOf = stack.workerOf();
	const byWorker = {};
	for (const e of executions) {
		const w = workerOf.get(String(e.id));
		byWorker[w ? `worker ${w}` : 'unknown'] = (byWorker[w ? `worker ${w}` : 'unknown'] || 0) + 1;
	}
	const workersUsed = Object.keys(byWorker).filter((k) => k !== 'unknown').length;
	if (workersUsed < 2)
		problems.push(`executions ran on ${workersUsed} worker(s): ${JSON.stringify(byWorker)}`);
	const windows = Math.ceil(expectedItems / SHAPE.limit);
	const summary = {
		...SHAPE,
		wallSeconds: wallMs / 1000,
		minSeconds: (windows - 1) * SHAPE.windowSeconds,
		requests: sim.log.length,
		statuses,
		calls429: statuses[429] || 0,
		maxInFlight: sim.inFlight.max,
		itemsDone: items,
		failedItems,
		byWorker,
	};
	sim.reset();
	return {
		result: {
			c: {
				id: 'queue-shared-key',
				title: `One key, ${SHAPE.executions} concurrent executions × ${SHAPE.items} updates on ${workersUsed} workers under ${SHAPE.limit} requests / ${SHAPE.windowSeconds} s: every item once, 0 failed`,
			},
			status: problems.length ? 'failed' : 'passed',
			problems,
			durationMs: Date.now() - started,
		},
		summary,
	};
}

module.exports = { workflow, run, WORKFLOW_ID, SHAPE };
