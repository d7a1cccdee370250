'use strict';
/*
 * The Leonar Trigger inside a real n8n. One activated workflow
 *
 *   Leonar Trigger (Contact Created, polling every 15 s) → Received (No Operation)
 *
 * runs in an n8n of its own (own user folder, ports and simulator, so it can restart n8n and inject faults
 * while the webhook cases run in the other one). Phases, each reported as one result line:
 *
 *   trigger-activation   activation starts from "now": the activation poll and the next poll emit nothing
 *                        (none of the 60 seed contacts), and the poll asks from the newest existing contact on
 *   trigger-first-poll   5 contacts (3 sharing one timestamp) → one execution with exactly those 5
 *   trigger-restart      n8n stopped; 2 contacts created while it is down (one at the same instant as the
 *                        remembered position); n8n started on the same user folder (static data from the
 *                        database) → both emitted; 2 more created → emitted by the next poll
 *   trigger-failed-poll  every GET /contacts answers 500 for one poll (3 attempts); 3 contacts created → the
 *                        failing poll emits nothing; fault cleared → the next poll emits the 3
 *   trigger-overlap      one poll's request is held longer than the poll interval, so n8n starts the next poll
 *                        while it still runs (n8n does not wait for a running poll); 2 contacts → emitted once
 *
 * After every phase: every contact created so far was emitted in exactly one execution, and nothing else was.
 *
 * In n8n's queue mode (test/queue) the same phases run against a stack of main + workers: `prepare` and `run` then
 * take the stack's hooks (import into its database, read executions from it, start/stop the main) and one phase
 * more, after the first poll:
 *
 *   trigger-worker-restart  both workers stopped; 2 contacts → the poll queues an execution nobody runs; workers
 *                           started again → it runs once, with each contact once
 *
 * Poll interval: n8n refuses a Poll Times entry that fires more than once a minute (2.41.1: a 6-field cron
 * must have one fixed second, n8n-workflow isSubMinuteCron; 1.123.81: no "*" in the seconds field), but checks
 * each entry on its own. Four "Custom" entries at seconds 0, 15, 30 and 45 of every minute — a setup any user
 * can make in the editor — poll every 15 s on both versions.
 *
 * Every wait is bounded; the n8n this starts is stopped at the end, also on failure (and by the caller's
 * Processes on exit/signals).
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const lib = require('../../tools/lib/n8n');
const { startSimulator } = require('../simulator');

/** The trigger's look-back window, from the built package (the e2e run builds it first). */
const lookBackMs = () => require('../../dist/nodes/LeonarTrigger/window').LOOK_BACK_MS;

const TRIGGER_TYPE = `${lib.PACKAGE.name}.leonarTrigger`;
const INTERVAL_S = 15;
const POLL_TIMES = [0, 15, 30, 45].map((second) => ({
	mode: 'custom',
	cronExpression: `${second} * * * * *`,
}));
const WORKFLOW_ID = 'wfE2eTriggerCC01';
const CREDENTIAL = { id: 'e2eCredTrigger01', name: 'Leonar e2e trigger' };
const TRIGGER_NODE = 'Leonar Trigger';
const SINK_NODE = 'Received';
/** A poll is over when all its requests are answered and none came for this long (a 5xx poll retries after 0.5 s, 1 s). */
const POLL_QUIET_MS = 2500;
/** How long an emitted execution may take to appear in the database. */
const SAVE_MS = 15_000;
/** Longest wait for n8n to start and run the activation poll. */
const START_MS = 150_000;
/** Longest wait for the next poll to begin (one interval, plus slack for a busy machine). */
const NEXT_POLL_MS = (INTERVAL_S + 20) * 1000;

const PHASES = [
	{
		id: 'trigger-activation',
		title: 'Trigger › activation starts from "now": no execution for the 60 existing contacts',
	},
	{
		id: 'trigger-first-poll',
		title: 'Trigger › 5 new contacts (3 sharing one timestamp) → one execution with each once',
	},
	{
		id: 'trigger-restart',
		title:
			'Trigger › n8n restarted (static data from the database): contacts created while down and after, each once',
	},
	{
		id: 'trigger-failed-poll',
		title:
			'Trigger › a poll failing with 500 emits nothing and loses nothing; the next emits each once',
	},
	{
		id: 'trigger-overlap',
		title:
			'Trigger › a poll outlasting the interval overlaps the next one: each contact still once',
	},
];

/** The phase queue mode adds after trigger-first-poll. */
const WORKER_PHASE = {
	id: 'trigger-worker-restart',
	title:
		'Trigger › both workers stopped: the poll queues the execution; workers restarted → it runs once, each contact once',
};

/** The phases a run goes through: with a queue stack, the worker restart too. */
function phasesOf(prepared) {
	return prepared && prepared.stack && prepared.stack.stopWorkers
		? [PHASES[0], PHASES[1], WORKER_PHASE, ...PHASES.slice(2)]
		: PHASES;
}

/** True when E2E_ONLY asks for the trigger scenario (`trigger` or any of its phase ids). */
function selectedBy(only) {
	return (
		only.length === 0 || only.some((id) => id === 'trigger' || PHASES.some((p) => p.id === id))
	);
}

function workflow() {
	return {
		id: WORKFLOW_ID,
		name: 'e2e trigger: Leonar Trigger (Contact Created, every 15 s) → No Operation',
		active: false,
		nodes: [
			{
				id: crypto.randomUUID(),
				name: TRIGGER_NODE,
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: POLL_TIMES }, event: 'contactCreated', options: {} },
				credentials: { leonarApi: CREDENTIAL },
			},
			{
				id: crypto.randomUUID(),
				name: SINK_NODE,
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { [TRIGGER_NODE]: { main: [[{ node: SINK_NODE, type: 'main', index: 0 }]] } },
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
		},
		pinData: {},
	};
}

/**
 * Everything before n8n starts: this scenario's simulator, a fresh user folder with the package, the credential
 * and the workflow imported and marked active. Call it before the webhook cases start: the CLI calls block this
 * process, and with it the simulators n8n talks to.
 *
 * With `stack` (queue mode: { env, activate(ids), readAll(ids), startMain(), stopMain(), stopWorkers(),
 * startWorkers(), logFile }), the stack owns the user folders and the database: the workflow is imported with the
 * stack's environment and activated in its database, and nothing is installed or removed here.
 */
async function prepare({ rt, key, tgz, env, stack, profile = 'default' }) {
	const userFolder = env.N8N_USER_FOLDER;
	const sim = await startSimulator({ port: 0, profile });
	try {
		if (!stack) {
			fs.rmSync(userFolder, { recursive: true, force: true });
			fs.mkdirSync(userFolder, { recursive: true });
			lib.installPackage(userFolder, tgz);
		}
		const creds = path.join(userFolder, 'e2e-trigger-credentials.json');
		const wfs = path.join(userFolder, 'e2e-trigger-workflow.json');
		fs.writeFileSync(
			creds,
			JSON.stringify(
				[
					{
						...CREDENTIAL,
						type: 'leonarApi',
						data: { apiKey: 'leo_sim_full_access', baseUrl: sim.url },
					},
				],
				null,
				1,
			),
		);
		fs.writeFileSync(wfs, JSON.stringify([workflow()], null, 1));
		lib.n8nCli(rt, env, ['import:credentials', `--input=${creds}`]);
		lib.n8nCli(rt, env, ['import:workflow', `--input=${wfs}`]);
		fs.rmSync(creds, { force: true });
		const activated = stack
			? await stack.activate([WORKFLOW_ID])
			: lib.activateWorkflows(rt, userFolder, [WORKFLOW_ID]);
		if (activated !== 1)
			throw new Error(`activating the trigger workflow changed ${activated} rows`);
	} catch (error) {
		await sim.close();
		if (!stack && !process.env.E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
		throw error;
	}
	return { rt, key, env, userFolder, sim, stack };
}

/** Releases what `prepare` made when `run` will not be called. */
async function discard(prepared) {
	await prepared.sim.close();
	if (!prepared.stack && !process.env.E2E_KEEP)
		fs.rmSync(prepared.userFolder, { recursive: true, force: true });
}

/** Every execution of the trigger workflow, oldest first (async: the simulators live in this process). */
function readAll(rt, userFolder, stack) {
	if (stack) return stack.readAll([WORKFLOW_ID]).then((all) => all[WORKFLOW_ID] || []);
	const db = path.join(userFolder, '.n8n', 'database.sqlite');
	if (!fs.existsSync(db)) return Promise.resolve([]);
	return new Promise((resolve, reject) => {
		execFile(
			rt.nodeBin,
			[path.join(__dirname, 'read-executions.js'), rt.nodeModules, db, WORKFLOW_ID, 'all'],
			{ encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error)
					return reject(new Error(`reading executions failed: ${stderr || error.message}`));
				try {
					resolve(JSON.parse(stdout)[WORKFLOW_ID] || []);
				} catch (e) {
					reject(e);
				}
			},
		);
	});
}

/** Contact ids each execution's trigger output holds. */
function emissions(executions) {
	return executions.map((e) => ({
		id: e.id,
		status: e.status,
		mode: e.mode,
		ids: ((e.nodes && e.nodes[TRIGGER_NODE]) || []).flatMap((run) =>
			run.items.map((i) => i.json && i.json.id),
		),
		sinkItems: ((e.nodes && e.nodes[SINK_NODE]) || []).reduce((n, run) => n + run.items.length, 0),
		error: e.error,
	}));
}

/**
 * The exactness check after a phase: every created id in exactly one execution's trigger output, no other id
 * anywhere, every emitting execution successful and its items through to the next node.
 */
function exactlyOnce(executions, created) {
	const problems = [];
	const counts = new Map();
	for (const e of emissions(executions)) {
		for (const id of e.ids) counts.set(id, (counts.get(id) || 0) + 1);
		if (e.ids.length && e.status !== 'success')
			problems.push(`execution ${e.id} emitted ${e.ids.length} items but ended "${e.status}"`);
		if (e.ids.length && e.sinkItems !== e.ids.length)
			problems.push(
				`execution ${e.id}: ${e.ids.length} emitted, ${e.sinkItems} reached "${SINK_NODE}"`,
			);
	}
	const all = new Set(created.flatMap((c) => c.ids));
	for (const c of created) {
		for (const id of c.ids) {
			const n = counts.get(id) || 0;
			if (n !== 1) problems.push(`${c.label} contact ${id} emitted ${n} times`);
		}
	}
	const strays = [...counts.keys()].filter((id) => !all.has(id));
	if (strays.length)
		problems.push(
			`${strays.length} contact(s) emitted that were not created after activation: ${strays.slice(0, 5).join(', ')}`,
		);
	return problems;
}

const isTriggerRequest = (entry) => entry.method === 'GET' && entry.path === '/contacts';
const isActivationRequest = (entry) =>
	isTriggerRequest(entry) && entry.query && entry.query.sort === '-created_at';

/** Set by the caller when the rest of the suite failed: every wait then ends at once. */
const abort = { aborted: false };

async function waitUntil(what, timeoutMs, check) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (abort.aborted) throw new Error('aborted: the rest of the suite failed');
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline)
			throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
		await lib.sleep(250);
	}
}

/**
 * Waits for the next poll that starts at log index ≥ `from` (a trigger request) and for its end: all its
 * requests answered and POLL_QUIET_MS without a new one. Returns { first, last, entries, end } (log indexes).
 */
async function waitPoll(sim, from, what, timeoutMs = NEXT_POLL_MS) {
	const first = await waitUntil(what, timeoutMs, () => {
		const i = sim.log.findIndex((e, index) => index >= from && isTriggerRequest(e));
		return i >= 0 ? { index: i } : null;
	});
	let lastChange = Date.now();
	let seen = -1;
	const deadline = Date.now() + timeoutMs + 90_000; // a held request (trigger-overlap) answers within ~25 s
	for (;;) {
		const entries = sim.log.slice(first.index).filter(isTriggerRequest);
		const answered = entries.every((e) => e.status !== null);
		const signature = entries.length * 1000 + entries.filter((e) => e.status !== null).length;
		if (signature !== seen) {
			seen = signature;
			lastChange = Date.now();
		}
		if (answered && Date.now() - lastChange >= POLL_QUIET_MS) {
			return { first: first.index, end: sim.log.length, entries };
		}
		if (Date.now() > deadline) throw new Error(`the poll for ${what} did not end`);
		if (abort.aborted) throw new Error('aborted: the rest of the suite failed');
		await lib.sleep(200);
	}
}

/**
 * Waits (≤ 30 s) for a moment between two polls: no request in flight, the last one ≥ POLL_QUIET_MS ago, and the
 * next tick (seconds 0/15/30/45) ≥ 4 s away — so that what a phase creates next is read by one and the same poll.
 */
async function betweenPolls(sim) {
	await waitUntil('a moment between two polls', 30_000, () => {
		const requests = sim.log.filter(isTriggerRequest);
		if (requests.some((e) => e.status === null)) return false;
		const last = requests[requests.length - 1];
		if (last && Date.now() - last.at < POLL_QUIET_MS) return false; // `at` is the simulator's clock, real time here
		const intoInterval = (Date.now() / 1000) % INTERVAL_S;
		return intoInterval >= 1 && intoInterval <= INTERVAL_S - 4;
	});
}

/** Waits (bounded) until every id in `ids` shows up in some execution's trigger output; returns the executions. */
async function waitEmitted(ctx, ids, what, timeoutMs) {
	let last = [];
	try {
		await waitUntil(what, timeoutMs, async () => {
			last = await readAll(ctx.rt, ctx.userFolder, ctx.stack);
			const seen = new Set(emissions(last).flatMap((e) => e.ids));
			const done =
				ids.every((id) => seen.has(id)) &&
				last.every((e) => e.status !== 'running' && e.status !== 'new');
			return done ? last : null;
		});
	} catch {
		/* the exactness check reports what is missing */
	}
	return last;
}

function seed(sim, count, overrides) {
	return sim.seedContacts(count, overrides).map((c) => c.id);
}

/**
 * Runs the phases against the prepared n8n user folder (closes the simulator and removes the folder at the end);
 * returns { results: one per phase ({ c: { id, title }, status, problems, durationMs }), seconds, notes, logFile }.
 */
async function run(prepared, { procs, artifacts }) {
	const results = [];
	const ctx = { ...prepared };
	const { sim, env, stack } = ctx;
	const phases = phasesOf(prepared);
	let entry = null;
	const logFile = stack ? stack.logFile : path.join(artifacts, `n8n-${prepared.key}-trigger.log`);
	fs.mkdirSync(artifacts, { recursive: true });
	fs.rmSync(logFile, { force: true });
	const created = [];
	const started = Date.now();
	const notes = [];

	const phase = async (id, body) => {
		const p = phases.find((x) => x.id === id);
		const t = Date.now();
		let problems;
		try {
			problems = await body();
		} catch (error) {
			problems = [error.message.split('\n')[0]];
		}
		results.push({
			c: p,
			status: problems.length ? 'failed' : 'passed',
			problems,
			durationMs: Date.now() - t,
		});
		return problems.length === 0;
	};
	const start = async () => {
		if (abort.aborted) throw new Error('aborted: the rest of the suite failed');
		if (stack) await stack.startMain();
		else entry = (await lib.startN8n(procs, ctx.rt, env, { logFile, timeoutMs: START_MS })).entry;
	};
	const stop = async () => {
		if (stack) await stack.stopMain();
		else if (entry) await procs.stop(entry, 30_000);
		entry = null;
	};
	const readRuns = () => readAll(ctx.rt, ctx.userFolder, stack);
	const check = async () => exactlyOnce(await readRuns(), created);

	try {
		let ok = await phase('trigger-activation', async () => {
			await start();
			const activation = await waitUntil('the activation poll', START_MS, () =>
				sim.log.find(isActivationRequest),
			);
			await waitUntil("the activation poll's answer", 30_000, () => activation.status !== null);
			const newest = activation.response && activation.response.data && activation.response.data[0];
			const poll = await waitPoll(
				sim,
				sim.log.indexOf(activation) + 1,
				'the first poll after activation',
			);
			await lib.sleep(2000);
			const problems = [];
			const executions = await readRuns();
			if (executions.length)
				problems.push(
					`${executions.length} execution(s) after activation, expected none: ${JSON.stringify(emissions(executions).map((e) => ({ id: e.id, status: e.status, items: e.ids.length })))}`,
				);
			// The first page starts the trigger's look-back window (5 minutes) before the newest
			// contact, so that records committed late are not lost.
			const asked = poll.entries[0].query.created_at;
			const expected =
				newest && `gte.${new Date(Date.parse(newest.created_at) - lookBackMs()).toISOString()}`;
			if (!newest || asked !== expected)
				problems.push(
					`the poll asked created_at=${asked}, expected gte.<newest contact − 5 min> (${expected})`,
				);
			if (poll.entries.some((e) => e.status !== 200))
				problems.push(`poll answered ${poll.entries.map((e) => e.status).join(', ')}`);
			return problems;
		});

		if (ok) {
			ok = await phase('trigger-first-poll', async () => {
				await betweenPolls(sim);
				const ids = seed(sim, 2);
				const instant = sim.now();
				ids.push(...seed(sim, 3, { created_at: instant, updated_at: instant }));
				ctx.sharedInstant = instant;
				created.push({ label: 'first-poll', ids });
				const executions = await waitEmitted(
					ctx,
					ids,
					'the 5 contacts to be emitted',
					NEXT_POLL_MS + SAVE_MS,
				);
				const problems = exactlyOnce(executions, created);
				const carrying = emissions(executions).filter((e) => e.ids.length);
				if (!problems.length && carrying.length !== 1)
					problems.push(
						`emitted over ${carrying.length} executions, expected one poll to take all 5`,
					);
				return problems;
			});
		}

		if (ok && phases.includes(WORKER_PHASE)) {
			ok = await phase(WORKER_PHASE.id, async () => {
				await betweenPolls(sim);
				await stack.stopWorkers();
				// both at one instant, which becomes the remembered position the main-restart phase creates at
				const instant = sim.now();
				const ids = seed(sim, 2, { created_at: instant, updated_at: instant });
				ctx.sharedInstant = instant;
				created.push({ label: 'worker-restart', ids });
				const poll = await waitPoll(sim, sim.log.length, 'a poll while the workers are down');
				await lib.sleep(2000);
				const problems = [];
				if (poll.entries.some((e) => e.status !== 200))
					problems.push(`poll answered ${poll.entries.map((e) => e.status).join(', ')}`);
				const during = emissions(await readRuns());
				const early = during.filter((e) => e.ids.some((id) => ids.includes(id)));
				if (early.length)
					problems.push(
						`with no worker running, execution ${early.map((e) => e.id).join(', ')} already ran`,
					);
				const queued = during.filter((e) => e.status === 'new' || e.status === 'running').length;
				await stack.startWorkers();
				const executions = await waitEmitted(
					ctx,
					ids,
					'the queued execution to run once the workers are back',
					NEXT_POLL_MS + SAVE_MS,
				);
				notes.push(
					`worker restart: ${queued} execution(s) waited in the queue while both workers were down; ${emissions(executions).filter((e) => e.ids.some((id) => ids.includes(id))).length} execution(s) carried the 2 contacts once they were back`,
				);
				problems.push(...exactlyOnce(executions, created));
				return problems;
			});
		}

		if (ok) {
			ok = await phase('trigger-restart', async () => {
				await stop();
				// created while n8n is down: one at the very instant of the remembered position, one now
				const down = [
					...seed(sim, 1, { created_at: ctx.sharedInstant, updated_at: ctx.sharedInstant }),
					...seed(sim, 1),
				];
				created.push({ label: 'restart (created while n8n was down)', ids: down });
				const from = sim.log.length;
				await start();
				const firstPoll = await waitPoll(sim, from, 'the first poll after the restart', START_MS);
				const problems = [];
				const asked = firstPoll.entries[0].query;
				// A poll that starts over looks for "now" newest first. Where Leonar ignores the time filter
				// (documented profile) every poll reads newest first; there only the emissions below tell.
				if (sim.profile === 'default' && asked.sort === '-created_at')
					problems.push(
						'after the restart the trigger started over from "now" (the static data was not read back)',
					);
				let executions = await waitEmitted(
					ctx,
					down,
					'the contacts created while n8n was down',
					NEXT_POLL_MS + SAVE_MS,
				);
				await betweenPolls(sim);
				const after = seed(sim, 2);
				created.push({ label: 'restart (created after it)', ids: after });
				executions = await waitEmitted(
					ctx,
					after,
					'the contacts created after the restart',
					NEXT_POLL_MS + SAVE_MS,
				);
				problems.push(...exactlyOnce(executions, created));
				return problems;
			});
		}

		if (ok) {
			ok = await phase('trigger-failed-poll', async () => {
				await betweenPolls(sim); // so that the fault covers exactly the next poll
				sim.faults.add({
					method: 'GET',
					path: '/contacts',
					times: Infinity,
					action: { status: 500 },
				});
				const ids = seed(sim, 3);
				created.push({ label: 'failed-poll', ids });
				const failed = await waitPoll(sim, sim.log.length, 'the failing poll');
				sim.faults.clear();
				const problems = [];
				const statuses = failed.entries.map((e) => e.status);
				if (!statuses.length || statuses.some((s) => s !== 500))
					problems.push(`the failing poll saw ${statuses.join(', ')}, expected only 500`);
				await lib.sleep(2000);
				const during = await readRuns();
				const early = emissions(during).filter((e) => e.ids.some((id) => ids.includes(id)));
				if (early.length)
					problems.push(
						`the failing poll emitted (execution ${early.map((e) => e.id).join(', ')})`,
					);
				const errorExecutions = emissions(during).filter(
					(e) => e.status === 'error' && !e.ids.length,
				);
				notes.push(
					`failed poll: ${statuses.length} attempts answered 500; n8n saved ${errorExecutions.length} error execution(s)${errorExecutions[0] && errorExecutions[0].error ? ` ("${errorExecutions[0].error.message}")` : ''}`,
				);
				const executions = await waitEmitted(
					ctx,
					ids,
					'the 3 contacts after the fault cleared',
					NEXT_POLL_MS + SAVE_MS,
				);
				problems.push(...exactlyOnce(executions, created));
				return problems;
			});
		}

		if (ok) {
			await phase('trigger-overlap', async () => {
				await betweenPolls(sim);
				const holdMs = (INTERVAL_S + 7) * 1000;
				sim.faults.add({ method: 'GET', path: '/contacts', times: 1, action: { delayMs: holdMs } });
				const ids = seed(sim, 2);
				created.push({ label: 'overlap', ids });
				const from = sim.log.length;
				// the held poll, the one n8n starts meanwhile, and one more after both
				const held = await waitPoll(sim, from, 'the held poll', NEXT_POLL_MS + holdMs);
				const next = await waitPoll(sim, held.end, 'a poll after the held one');
				await lib.sleep(2000);
				const executions = await readRuns();
				const requests = sim.log.slice(from, next.end).filter(isTriggerRequest).length;
				notes.push(
					`overlap: ${requests} request(s) from the held poll to the next quiet one; ${emissions(executions).filter((e) => e.ids.some((id) => ids.includes(id))).length} execution(s) carried the 2 contacts`,
				);
				return exactlyOnce(executions, created);
			});
		}
	} catch (error) {
		const done = new Set(results.map((r) => r.c.id));
		const next = phases.find((p) => !done.has(p.id));
		if (next)
			results.push({
				c: next,
				status: 'failed',
				problems: [`setup failed: ${error.message.split('\n')[0]}`],
			});
	} finally {
		try {
			const final = await check();
			if (final.length && results.every((r) => r.status === 'passed')) {
				results.push({
					c: { id: 'trigger-final', title: 'Trigger › final count' },
					status: 'failed',
					problems: final,
				});
			}
		} catch {
			/* reported by the phases */
		}
		await stop();
		await sim.close();
		if (!stack && !process.env.E2E_KEEP)
			fs.rmSync(ctx.userFolder, { recursive: true, force: true });
	}
	// phases not reached (an earlier one failed) are failures too: the scenario is one sequence
	for (const p of phases) {
		if (!results.some((r) => r.c.id === p.id))
			results.push({ c: p, status: 'failed', problems: ['not run: an earlier phase failed'] });
	}
	return { results, seconds: (Date.now() - started) / 1000, notes, logFile };
}

module.exports = { PHASES, phasesOf, selectedBy, prepare, run, discard, abort, INTERVAL_S };
