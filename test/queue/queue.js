#!/usr/bin/env node
'use strict';
/*
 * npm run test:queue — the package in n8n's queue mode: PostgreSQL + Redis (Debian packages, installed with apt-get
 * when missing), one n8n 2.41.1 main with EXECUTIONS_MODE=queue and two `n8n worker` processes (tools/lib/queue.js).
 *
 *   1. cases    a representative part of the end-to-end suite (test/queue/cases.js: batching, header pacing and
 *               429, Continue On Fail, binary files, the AI-tool variant, Custom API Call, …), run by the e2e
 *               suite's own code; every execution is run by a worker (from the workers' logs), and both workers
 *               run some of them
 *   2. shared   one key, many workers: concurrent executions on both workers under a binding rate-limit window
 *               (test/queue/sharedKey.js)
 *   3. trigger  the e2e trigger scenario (test/e2e/trigger.js) on the stack: activation, first poll, both workers
 *               restarted, the main restarted, a failing poll, overlapping polls — each contact emitted once
 *
 * Prints one line per result, the worker distribution, the 429s, the timings, and `N passed, N failed`; exits 1 on
 * any failure. Everything it starts is stopped at the end (also on errors and signals).
 *
 * Env: QUEUE_CASES=all | id,id   which e2e cases (default: test/queue/cases.js SELECTED)
 *      QUEUE_SKIP_TRIGGER=1      no trigger scenario;  QUEUE_SKIP_SHARED=1  no shared-key scenario
 *      QUEUE_SKIP_BUILD=1        use the existing dist/
 *      QUEUE_KEEP=1              keep the temporary folder (databases, user folders)
 */
const fs = require('fs');
const path = require('path');

const runtime = require('../../tools/runtime');
const lib = require('../../tools/lib/n8n');
const { startQueueStack } = require('../../tools/lib/queue');
const e2e = require('../e2e/e2e');
const { CREDENTIALS } = require('../e2e/cases');
const trigger = require('../e2e/trigger');
const { startSimulator } = require('../simulator');
const { summarize, QUERY } = require('../e2e/read-executions');
const { selectCases } = require('./cases');
const sharedKey = require('./sharedKey');

const { REPO } = runtime;
const LOG_DIR = path.join(REPO, '.artifacts', 'queue');
const procs = new lib.Processes();
/** The queue stack, once started (stopped on exit, errors and signals). */
let stack;
const say = (m) => process.stderr.write(`[queue] ${m}\n`);

/** Executions of the given workflows from the stack's database, summarized like test/e2e/read-executions.js. */
function executionReader(stack) {
	const { parse } = require(path.join(stack.rt.nodeModules, 'flatted'));
	return async (ids, { all = false } = {}) => {
		const rows = await stack.query(QUERY(ids.map((_, i) => `$${i + 1}`).join(',')), ids);
		return summarize(
			rows.map((r) => ({ ...r, id: String(r.id) })),
			{ all, parse },
		);
	};
}

/** Waits (bounded) until the latest execution of every workflow is saved as finished. */
async function readFinished(read, ids, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const execs = await read(ids);
		const done = ids.every(
			(id) => execs[id] && execs[id].status !== 'running' && execs[id].status !== 'new',
		);
		if (done || Date.now() > deadline) return execs;
		await lib.sleep(500);
	}
}

async function main() {
	const started = Date.now();
	procs.installSignalHandlers(() => stack && stack.stop());
	fs.mkdirSync(LOG_DIR, { recursive: true });
	if (!process.env.QUEUE_SKIP_BUILD) lib.buildPackage();
	const tgz = lib.packPackage();
	const description = e2e.loadDescription(REPO);
	const selected = selectCases();
	const withTrigger = !process.env.QUEUE_SKIP_TRIGGER;
	const withShared = !process.env.QUEUE_SKIP_SHARED;

	const sim = await startSimulator({ port: 0 });
	const results = [];
	const notes = [];
	try {
		sim.reset();
		const seed = e2e.computeSeed(sim);
		const { results: skipped, runnable } = e2e.selectRunnable(
			selected,
			e2e.available(description),
			'2',
		);
		results.push(...skipped);
		const prepared = await e2e.prepareCases(runnable, sim, seed, description);
		const credentials = Object.entries(CREDENTIALS).map(([name, apiKey]) => ({
			id: e2e.credentialId(name),
			name: `Leonar e2e ${name}`,
			type: 'leonarApi',
			data: { apiKey, baseUrl: sim.url },
		}));
		const sharedWorkflow = sharedKey.workflow({
			id: e2e.credentialId('full_access'),
			name: 'Leonar e2e full_access',
		});
		const workflows = [...prepared.map((p) => p.workflow), ...(withShared ? [sharedWorkflow] : [])];

		stack = await startQueueStack({
			procs,
			tgz,
			logDir: LOG_DIR,
			log: say,
			before: async (s) => {
				const t = Date.now();
				const creds = path.join(s.tmp, 'queue-credentials.json');
				const wfs = path.join(s.tmp, 'queue-workflows.json');
				fs.writeFileSync(creds, JSON.stringify(credentials), { mode: 0o600 });
				fs.writeFileSync(wfs, JSON.stringify(workflows));
				s.cli(['import:credentials', `--input=${creds}`]);
				s.cli(['import:workflow', `--input=${wfs}`]);
				fs.rmSync(creds, { force: true });
				const activated = await s.activate(workflows.map((w) => w.id));
				say(
					`${workflows.length} workflows imported and activated (${activated}) in ${((Date.now() - t) / 1000).toFixed(1)}s`,
				);
			},
		});
		const read = executionReader(stack);

		// 1. the e2e cases, through the main's webhooks, run by the workers
		let t = Date.now();
		const runs = await e2e.runCases(stack.base, prepared, sim, seed);
		const execs = await readFinished(
			read,
			prepared.map((p) => p.workflow.id),
		);
		const caseResults = e2e.checkCases(prepared, runs, execs, seed);
		for (const r of caseResults) {
			const run = runs.get(r.c.id);
			if (run && run.httpStatus === 0 && !run.problems.length) {
				r.status = 'failed';
				r.problems.push(
					`the main never answered the webhook (${String(run.responseText).slice(0, 120)})`,
				);
			}
		}
		const workerOf = stack.workerOf();
		const distribution = {};
		for (const r of caseResults) {
			const w = r.executionId && workerOf.get(String(r.executionId));
			r.worker = w;
			distribution[w ? `worker ${w}` : 'no worker'] =
				(distribution[w ? `worker ${w}` : 'no worker'] || 0) + 1;
			if (r.executionId && !w) {
				r.status = 'failed';
				r.problems.push(`execution ${r.executionId} was not run by a worker (no worker logged it)`);
			}
		}
		results.push(...caseResults);
		const casesSeconds = (Date.now() - t) / 1000;
		const used = Object.keys(distribution).filter((k) => k.startsWith('worker ')).length;
		results.push({
			c: {
				id: 'queue-both-workers',
				title: 'Both workers ran some of the e2e workflows',
			},
			status: used >= 2 ? 'passed' : 'failed',
			problems: used >= 2 ? [] : [`distribution ${JSON.stringify(distribution)}`],
		});
		notes.push(
			`cases: ${caseResults.length} workflows in ${casesSeconds.toFixed(1)}s; executions by worker: ${JSON.stringify(distribution)}`,
		);

		// 2. one key, many workers
		if (withShared) {
			t = Date.now();
			const { result, summary } = await sharedKey.run({ stack, sim, readExecutions: read });
			results.push(result);
			notes.push(
				`shared key: ${summary.executions} executions × ${summary.items} updates (${summary.limit} requests / ${summary.windowSeconds} s, latency ${summary.latency.fixedMs}+0..${summary.latency.jitterMs} ms): ${summary.requests} requests ${JSON.stringify(summary.statuses)}, ${summary.calls429} × 429, ${summary.failedItems} failed items, wall ${summary.wallSeconds.toFixed(1)}s (window minimum ${summary.minSeconds}s), max ${summary.maxInFlight} requests in flight, executions by worker ${JSON.stringify(summary.byWorker)}`,
			);
			fs.writeFileSync(path.join(LOG_DIR, 'shared-key.json'), JSON.stringify(summary, null, 2));
			void t;
		}

		// 3. the trigger scenario: the main is restarted by it, so the cases are done by now
		if (withTrigger) {
			t = Date.now();
			await stack.stopMain();
			const hooks = {
				env: stack.env,
				logFile: path.join(LOG_DIR, 'main.log'),
				activate: stack.activate,
				readAll: (ids) => read(ids, { all: true }),
				startMain: stack.startMain,
				stopMain: stack.stopMain,
				stopWorkers: stack.stopWorkers,
				startWorkers: stack.startWorkers,
			};
			const prep = await trigger.prepare({
				rt: stack.rt,
				key: '2',
				tgz,
				env: stack.env,
				stack: hooks,
			});
			const out = await trigger.run(prep, { procs, artifacts: LOG_DIR });
			results.push(...out.results);
			notes.push(
				`trigger scenario: ${out.seconds.toFixed(1)}s (polls every ${trigger.INTERVAL_S}s)`,
			);
			for (const n of out.notes) notes.push(`  ${n}`);
			const triggerRuns = (await read(['wfE2eTriggerCC01'], { all: true })).wfE2eTriggerCC01 || [];
			const w = stack.workerOf();
			const byWorker = {};
			for (const e of triggerRuns) {
				const k = w.get(String(e.id)) ? `worker ${w.get(String(e.id))}` : `not run (${e.status})`;
				byWorker[k] = (byWorker[k] || 0) + 1;
			}
			notes.push(`  trigger executions by worker: ${JSON.stringify(byWorker)}`);
		}
	} finally {
		if (stack) await stack.stop();
		await procs.stopAll();
		await sim.close();
	}

	// report
	console.log(`# n8n 2.41.1 queue mode: main + 2 workers, PostgreSQL, Redis`);
	for (const r of results) {
		const mark = r.status === 'passed' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
		const ms =
			r.durationMs !== undefined
				? ` (${r.durationMs} ms${r.worker ? `, worker ${r.worker}` : ''})`
				: '';
		console.log(
			`${mark} ${r.c.id} — ${r.c.title}${ms}${r.status === 'skipped' ? ` — skipped: ${r.reason}` : ''}`,
		);
		if (r.status === 'failed') for (const p of r.problems) console.log(`       ${p}`);
	}
	for (const n of notes) console.log(`# ${n}`);
	const tm = stack.timings;
	console.log(
		`# timings: apt-get ${tm.packagesSeconds}s, n8n runtime ${tm.runtimeSeconds}s, PostgreSQL + Redis ${tm.servicesSeconds.toFixed(1)}s, schema ${tm.migrationsSeconds.toFixed(1)}s, n8n main + workers ${tm.n8nSeconds.toFixed(1)}s; whole suite ${((Date.now() - started) / 1000).toFixed(1)}s`,
	);
	const count = (s) => results.filter((r) => r.status === s).length;
	console.log(
		`queue: ${count('passed')} passed, ${count('failed')} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`,
	);
	process.exitCode = count('failed') ? 1 : 0;
}

main().catch(async (error) => {
	console.error(`queue: ${error.stack || error.message}`);
	if (stack) await stack.stop().catch(() => {});
	await procs.stopAll();
	console.log('queue: 0 passed, 1 failed');
	process.exit(1);
});
