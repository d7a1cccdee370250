'use strict';
/*
 * The queue-mode scenario of `npm run bench` (Q1): n8n 2.41.1 main + workers on PostgreSQL and Redis
 * (tools/lib/queue.js), a latency-bound workload — EXECUTIONS executions started at once, each Webhook → Split Out →
 * Leonar Contact › Get of ITEMS contacts one after another (Concurrency 1: the executions mostly wait), the simulator at
 * 150 ms — run with two workers, then with one (the other stopped). Throughput = executions finished per second of
 * wall time (first webhook sent → last answer). Each worker runs up to WORKER_CONCURRENCY executions at once
 * (`n8n worker --concurrency`), so with one worker the executions wait for a slot: a second worker doubles the slots.
 * Also reported from the database: how long an execution took on average, and the longest wait in the queue.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const lib = require('../lib/n8n');
const { startQueueStack } = require('../lib/queue');

const EXECUTIONS = 20;
const ITEMS = 40;
/** The same latency as the other latency scenarios (L1–L3). */
const { LATENCY } = require('./scenarios');
const WORKER_CONCURRENCY = 5;
const WORKFLOW_ID = 'benchQueueGets01';
const PATH = 'bench-queue-gets';

function workflow(credential) {
	const node = (name, type, typeVersion, parameters, extra = {}) => ({
		id: crypto.randomUUID(),
		name,
		type,
		typeVersion,
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
			lib.NODE_TYPE,
			1,
			{
				resource: 'contact',
				operation: 'get',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				simplify: false,
				options: { concurrency: 1 },
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
		name: 'bench queue: contact gets',
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

/** Starts `executions` webhooks at once and waits for all answers; returns the measurements. */
async function burst({ stack, sim, latency, executions, items, label, cpuMs }) {
	sim.reset();
	sim.setLatency(latency);
	const ids = sim.seedContacts(items).map((c) => c.id);
	sim.clearLog();
	const [{ max: before }] = await stack.query(
		'select coalesce(max(id), 0) as max from execution_entity where "workflowId" = $1',
		[WORKFLOW_ID],
	);
	const pids = [stack.main, ...stack.workers].filter(Boolean).map((p) => p.entry.child.pid);
	const cpu0 = pids.map((pid) => cpuMs(pid));
	const t0 = Date.now();
	const answers = await Promise.all(
		Array.from({ length: executions }, () =>
			fetch(`${stack.base}/webhook/${PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ items: ids.map((id) => ({ id })) }),
				signal: AbortSignal.timeout(600_000),
			}).then(
				async (res) => ({ status: res.status, text: await res.text() }),
				(error) => ({ status: 0, text: error.message }),
			),
		),
	);
	const wallMs = Date.now() - t0;
	const n8nCpuMs = pids.reduce((sum, pid, i) => sum + cpuMs(pid) - cpu0[i], 0);
	const problems = answers
		.filter((a) => a.status !== 200)
		.map((a) => `webhook answered HTTP ${a.status}: ${a.text.slice(0, 200)}`);
	let rows = [];
	const deadline = Date.now() + 30_000;
	for (;;) {
		rows = await stack.query(
			'select id, status, "createdAt", "startedAt", "stoppedAt" from execution_entity where "workflowId" = $1 and id > $2',
			[WORKFLOW_ID, Number(before)],
		);
		if (
			(rows.length >= executions &&
				rows.every((r) => r.status !== 'running' && r.status !== 'new')) ||
			Date.now() > deadline
		)
			break;
		await lib.sleep(500);
	}
	const statuses = {};
	for (const r of rows) statuses[r.status] = (statuses[r.status] || 0) + 1;
	if (statuses.success !== executions)
		problems.push(
			`${statuses.success || 0} of ${executions} executions succeeded (${JSON.stringify(statuses)})`,
		);
	const calls = {};
	for (const e of sim.log) calls[e.status] = (calls[e.status] || 0) + 1;
	if ((calls[200] || 0) !== executions * items)
		problems.push(
			`${calls[200] || 0} contacts fetched, expected ${executions * items} (${JSON.stringify(calls)})`,
		);
	const workerOf = stack.workerOf();
	const byWorker = {};
	for (const r of rows) {
		const w = workerOf.get(String(r.id));
		byWorker[w ? `worker ${w}` : 'unknown'] = (byWorker[w ? `worker ${w}` : 'unknown'] || 0) + 1;
	}
	const ms = (d) => (d ? new Date(d).getTime() : NaN);
	const durations = rows.map((r) => ms(r.stoppedAt) - ms(r.startedAt)).filter(Number.isFinite);
	const waits = rows.map((r) => ms(r.startedAt) - ms(r.createdAt)).filter(Number.isFinite);
	const mean = (list) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN);
	return {
		label,
		executionMs: mean(durations),
		executionMaxMs: Math.max(...durations),
		queueWaitMaxMs: Math.max(...waits),
		spanMs:
			Math.max(...rows.map((r) => ms(r.stoppedAt))) - Math.min(...rows.map((r) => ms(r.createdAt))),
		executions,
		items,
		wallMs,
		n8nCpuMs,
		perSecond: executions / (wallMs / 1000),
		requests: sim.log.length,
		calls,
		maxInFlight: sim.inFlight.max,
		byWorker,
		problems,
	};
}

/**
 * Runs Q1 against the bench's simulator: one stack, two workers, then one. Returns { two, one, ratio, stackSeconds }.
 */
async function runQueueScenario({ procs, tgz, sim, say, logDir, cpuMs }) {
	const latency = LATENCY;
	fs.mkdirSync(logDir, { recursive: true });
	const credential = { id: 'benchQueueCred01', name: 'Leonar (bench queue)' };
	const t0 = Date.now();
	const stack = await startQueueStack({
		procs,
		tgz,
		workers: 2,
		workerConcurrency: WORKER_CONCURRENCY,
		logDir,
		log: (m) => say(`queue: ${m}`),
		env: { N8N_LOG_LEVEL: 'info' },
		before: async (s) => {
			const creds = path.join(s.tmp, 'bench-credential.json');
			const wfs = path.join(s.tmp, 'bench-workflow.json');
			fs.writeFileSync(
				creds,
				JSON.stringify([
					{
						...credential,
						type: 'leonarApi',
						data: { apiKey: sim.keys.full_access, baseUrl: sim.url },
					},
				]),
				{ mode: 0o600 },
			);
			fs.writeFileSync(wfs, JSON.stringify([workflow(credential)]));
			s.cli(['import:credentials', `--input=${creds}`]);
			s.cli(['import:workflow', `--input=${wfs}`]);
			fs.rmSync(creds, { force: true });
			await s.activate([WORKFLOW_ID]);
		},
	});
	const stackSeconds = (Date.now() - t0) / 1000;
	try {
		// warm-up: both workers load the node and compile the hot paths
		await burst({ stack, sim, latency, cpuMs, executions: 4, items: 10, label: 'warm-up' });
		const two = await burst({
			stack,
			sim,
			latency,
			cpuMs,
			executions: EXECUTIONS,
			items: ITEMS,
			label: '2 workers',
		});
		say(
			`Q1 2 workers: ${EXECUTIONS} executions in ${(two.wallMs / 1000).toFixed(2)}s ${JSON.stringify(two.byWorker)}`,
		);
		await stack.stopWorker(2);
		const one = await burst({
			stack,
			sim,
			latency,
			cpuMs,
			executions: EXECUTIONS,
			items: ITEMS,
			label: '1 worker',
		});
		say(
			`Q1 1 worker:  ${EXECUTIONS} executions in ${(one.wallMs / 1000).toFixed(2)}s ${JSON.stringify(one.byWorker)}`,
		);
		return { two, one, ratio: two.perSecond / one.perSecond, stackSeconds };
	} finally {
		await stack.stop();
	}
}

module.exports = { runQueueScenario, EXECUTIONS, ITEMS, WORKER_CONCURRENCY, LATENCY };
