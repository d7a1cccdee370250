#!/usr/bin/env node
'use strict';
/*
 * npm run bench — the Leonar node against n8n's HTTP Request node, in a real n8n 2.41.1, against the simulator.
 *
 * Builds and packs the package, installs the tarball into a fresh n8n user folder like Community Nodes does
 * (reusing the runtime `npm start` prepares in .n8n-runtime/), starts the Leonar simulator in this process,
 * imports one credential and one workflow per scenario and variant (tools/bench/scenarios.js), then for each
 * scenario runs "ours" (the Leonar node) and "theirs" (the HTTP Request node with the leonarApi credential),
 * each in a FRESH `n8n start` process (so that peak memory and JIT state are not inherited from the other
 * variant): one small warm-up run, then the measured run, triggered through the workflow's webhook.
 *
 * Measured per run: API calls and their statuses (the simulator's log), wall time (webhook round trip, the
 * workflow runs to its end before n8n answers), the node's own execution time (n8n's run data), CPU time of the
 * n8n process and of the simulator, and peak RSS of the n8n process (VmHWM from /proc, reset with clear_refs
 * just before the run; the baseline RSS before the run is reported too).
 *
 * Writes BENCHMARKS.md (only when every scenario ran) and .artifacts/bench/results.json; exits 1 when a run
 * failed its checks (wrong item count, simulator state not as expected).
 *
 * Env: BENCH_ONLY=s1,s5        run only these scenarios (BENCHMARKS.md is then left alone)
 *      BENCH_SKIP_BUILD=1      use the existing dist/
 *      BENCH_KEEP=1            keep the n8n user folder (.n8n-runtime/bench-home)
 *      BENCH_CPU_PROF=1        write a V8 CPU profile of each n8n process to .artifacts/bench/cpu-prof/
 *      BENCH_LIST_RECORDS=n    size of scenario 1 (default 10000; BENCHMARKS.md is then left alone)
 *      BENCH_NODE_OPTIONS=...  NODE_OPTIONS for the n8n processes (e.g. --trace-gc; output in .artifacts/bench/n8n-*.log)
 *      BENCH_HEAP_AT_MS=ms     write a V8 heap snapshot of n8n that many ms into each measured run (into the user
 *                              folder; implies BENCH_KEEP): live heap during the run, see tools/bench/heap-size.js
 *      BENCH_PACKAGE_DIR=<dir> pack this already built package folder instead of building the repo (before/after
 *                              comparisons); BENCHMARKS.md is then left alone
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const runtime = require('./runtime');
const lib = require('./lib/n8n');
const { scenarios: ALL, SPLIT, HTTP_VERSION } = require('./bench/scenarios');
const {
	runQueueScenario,
	EXECUTIONS,
	ITEMS,
	WORKER_CONCURRENCY,
	LATENCY: QUEUE_LATENCY,
} = require('./bench/queue');
const { startSimulator } = require('../test/simulator');

const { REPO, RUNTIME_DIR } = runtime;
const ARTIFACTS = path.join(REPO, '.artifacts', 'bench');
const USER_FOLDER = path.join(RUNTIME_DIR, 'bench-home');
const CREDENTIAL = { id: 'benchLeonarCred01', name: 'Leonar (bench simulator)' };
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

const procs = new lib.Processes();
const say = (m) => process.stderr.write(`[bench] ${m}\n`);

// ------------------------------------------------------------------ /proc

function procStatus(pid) {
	const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key) => Number((new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text) || [])[1] || 0);
	return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0). */
function resetPeak(pid) {
	fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** CPU time (user + system) of a process, in ms. */
function procCpuMs(pid) {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
	return (ticks * 1000) / clockTicks();
}

let TICKS;
function clockTicks() {
	if (TICKS) return TICKS;
	const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
	TICKS = Number(r.stdout.trim()) || 100;
	return TICKS;
}

function selfCpuMs() {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

// ------------------------------------------------------------------ workflows

const uuid = () => crypto.randomUUID();
/** The variants a scenario runs: ours and theirs, and for some a second configuration of ours. */
const variantsOf = (s) => s.variants || ['ours', 'theirs'];
const workflowId = (s, variant) => `bench${s.id}${variant}000000`.slice(0, 16);
const hookPath = (s, variant) => `bench-${s.id}-${variant}`;

function buildWorkflow(s, variant, ctx) {
	const nodes = [
		{
			id: uuid(),
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: uuid(),
			parameters: {
				httpMethod: 'POST',
				path: hookPath(s, variant),
				responseMode: 'lastNode',
				responseData: 'noData',
				options: {},
			},
		},
	];
	const chain = [...(s.split ? [SPLIT] : []), ...s[variant](ctx)];
	chain.forEach((spec, i) => {
		const node = {
			id: uuid(),
			name: spec.name,
			position: [220 * (i + 1), 0],
			parameters: spec.parameters,
		};
		if (spec.leonar)
			Object.assign(node, {
				type: lib.NODE_TYPE,
				typeVersion: 1,
				credentials: { leonarApi: CREDENTIAL },
			});
		else Object.assign(node, { type: spec.type, typeVersion: spec.typeVersion });
		if (spec.credential) node.credentials = { leonarApi: CREDENTIAL };
		if (spec.onError) node.onError = spec.onError;
		nodes.push(node);
	});
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: workflowId(s, variant),
		name: `bench ${s.id} ${variant}`,
		active: false,
		nodes,
		connections,
		pinData: {},
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
			saveManualExecutions: true,
		},
	};
}

// ------------------------------------------------------------------ running

async function trigger(base, webhookPath, body) {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const started = process.hrtime.bigint();
		const res = await fetch(`${base}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
		});
		const text = await res.text();
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		if (res.status === 404 && /not registered/i.test(text) && Date.now() < deadline) {
			await lib.sleep(250);
			continue;
		}
		return { status: res.status, text, ms };
	}
}

function readRuns(rt, ids) {
	const db = path.join(USER_FOLDER, '.n8n', 'database.sqlite');
	const r = spawnSync(
		rt.nodeBin,
		[path.join(__dirname, 'bench', 'read-runs.js'), rt.nodeModules, db, ids.join(',')],
		{
			encoding: 'utf8',
			timeout: 120000,
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	if (r.status !== 0) throw new Error(`reading executions failed: ${r.stderr}`);
	return JSON.parse(r.stdout);
}

async function waitForExecution(rt, id, previousExecutionId) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		const run = readRuns(rt, [id])[id];
		if (run && run.id !== previousExecutionId && run.status !== 'running' && run.status !== 'new')
			return run;
		if (Date.now() > deadline) return run;
		await lib.sleep(300);
	}
}

async function runVariant({ s, variant, rt, sim, seed, env }) {
	const logFile = path.join(ARTIFACTS, `n8n-${s.id}-${variant}.log`);
	fs.rmSync(logFile, { force: true });
	const t0 = Date.now();
	const { entry, base } = await lib.startN8n(procs, rt, env, { logFile, timeoutMs: 180000 });
	const startSeconds = (Date.now() - t0) / 1000;
	const pid = entry.child.pid;
	const id = workflowId(s, variant);
	const problems = [];
	try {
		// warm-up: a few items through the same workflow (loads the node code, compiles the hot paths)
		sim.reset();
		if (s.latency) sim.setLatency(s.latency);
		const warm = await s.setup({ sim, seed, warm: true });
		const w = await trigger(base, hookPath(s, variant), warm.body);
		if (w.status !== 200)
			problems.push(`warm-up run answered HTTP ${w.status}: ${w.text.slice(0, 300)}`);
		const warmRun = await waitForExecution(rt, id);

		// the measured run
		sim.reset();
		if (s.latency) sim.setLatency(s.latency);
		const setup = await s.setup({ sim, seed, warm: false });
		sim.clearLog();
		await lib.sleep(500); // let n8n settle after the warm-up (execution saving, timers)
		const before = procStatus(pid);
		resetPeak(pid);
		const n8nCpu0 = procCpuMs(pid);
		const simCpu0 = selfCpuMs();
		const heapAt = Number(process.env.BENCH_HEAP_AT_MS || 0);
		const heapTimer = heapAt ? setTimeout(() => process.kill(pid, 'SIGUSR2'), heapAt) : undefined;
		const res = await trigger(base, hookPath(s, variant), setup.body);
		clearTimeout(heapTimer);
		const simCpuMs = selfCpuMs() - simCpu0;
		const n8nCpuMs = procCpuMs(pid) - n8nCpu0;
		const after = procStatus(pid);
		const log = sim.log.map((e) => ({ status: e.status, at: e.at, method: e.method }));
		const maxInFlight = sim.inFlight.max;
		if (res.status !== 200)
			problems.push(`run answered HTTP ${res.status}: ${res.text.slice(0, 300)}`);
		if (setup.check) problems.push(...setup.check(sim));

		const run = await waitForExecution(rt, id, warmRun && warmRun.id);
		const nodes = (run && run.nodes) || {};
		const nodeMs = s.measured[variant].reduce(
			(sum, name) => sum + ((nodes[name] && nodes[name].executionTime) || 0),
			0,
		);
		const out = nodes[s.outputNode[variant]] || { items: 0, errorItems: 0 };
		if (!run) problems.push('no execution found');
		else if (run.status !== 'success')
			problems.push(`execution ${run.status}${run.error ? `: ${run.error.message}` : ''}`);
		if (out.items !== s.records) problems.push(`${out.items} output items, expected ${s.records}`);
		const statuses = {};
		for (const e of log) statuses[e.status] = (statuses[e.status] || 0) + 1;
		return {
			scenario: s.id,
			variant,
			startSeconds,
			calls: log.length,
			statuses,
			calls429: statuses[429] || 0,
			maxInFlight,
			wallMs: res.ms,
			nodeMs,
			n8nCpuMs,
			simCpuMs,
			rssBeforeMb: before.rssKb / 1024,
			peakRssMb: after.hwmKb / 1024,
			rssAfterMb: after.rssKb / 1024,
			items: out.items,
			failedItems: out.errorItems,
			firstItemError: out.firstItemError,
			firstCallAt: log.length ? log[0].at : undefined,
			lastCallAt: log.length ? log[log.length - 1].at : undefined,
			problems,
		};
	} finally {
		await procs.stopAll();
		procs.children.length = 0;
		procs.stopping = null;
	}
}

// ------------------------------------------------------------------ report

const f0 = (n) =>
	n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US');
const f1 = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const f2 = (n) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(2));
const ratio = (a, b) => (b ? a / b : NaN);

function machine(rt) {
	const cpu =
		(fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m) || [])[1] ||
		os.cpus()[0]?.model ||
		'unknown';
	const nodeVersion = spawnSync(rt.nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
	return {
		nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
		memGb: os.totalmem() / 1024 ** 3,
		cpu,
		kernel: os.release(),
		n8n: rt.flavour.n8nVersion,
		n8nNode: nodeVersion,
		benchNode: process.version,
		date: new Date().toISOString(),
	};
}

/** How the report numbers a scenario: s1 → 1 (the zero-latency ones), l1 → L1, q1 → Q1. */
const number = (s) => (s.id.startsWith('s') ? s.id.slice(1) : s.id.toUpperCase());

function verdict(s, ours, theirs) {
	if (!ours) return { met: false, text: 'not run' };
	if (ours.problems.length)
		return { met: false, text: `run failed its checks: ${ours.problems.join('; ')}` };
	const goal = s.goal || { kind: 'calls' };
	if (goal.kind === 'window') {
		const ok = ours.failedItems === 0 && ours.calls429 === 0;
		return {
			met: ok,
			text: `${ours.failedItems} failed items, ${ours.calls429} calls answered 429; wall time ${f2(ours.wallMs / 1000 / s.minWallSeconds)}× the window-imposed minimum of ${s.minWallSeconds} s`,
		};
	}
	if (goal.kind === 'ratio') {
		if (!theirs) return { met: false, text: 'theirs not run' };
		const r = ratio(ours.wallMs, theirs.wallMs);
		const no429 = !goal.no429 || ours.calls429 === 0;
		return {
			met: r <= goal.max && no429,
			text: `wall time ${f2(r)}× the HTTP Request node's (target ≤ ${f2(goal.max)})${goal.no429 ? `, ${ours.calls429} calls answered 429` : ''}`,
		};
	}
	return {
		met: ours.calls >= s.minCalls && ours.calls <= (s.maxCalls ?? s.minCalls),
		text: `${ours.calls} calls (physical minimum ${s.minCalls})`,
	};
}

function renderMarkdown({ results, queue, scenarios, info, totalSeconds, loadBefore, loadAfter }) {
	const lines = [];
	const by = (id, variant) => results.find((r) => r.scenario === id && r.variant === variant);
	lines.push('# Benchmarks', '');
	lines.push(
		'`npm run bench` (tools/bench.js) runs each scenario in a real n8n against the Leonar simulator (`test/simulator/`), in two (L1: three) variants:',
	);
	lines.push(
		"**ours** = the Leonar node; **theirs** = what a user builds without it: n8n's HTTP Request node with Authentication",
	);
	lines.push(
		'"Predefined Credential Type" = `leonarApi`, configured as n8n\'s docs teach (its Pagination option for lists, one request per',
	);
	lines.push(
		'item for writes, the Batching option for rate limits). Each variant runs in a fresh `n8n start` process: a small warm-up run,',
	);
	lines.push(
		'then the measured run, triggered through a webhook (Webhook → Split Out of the request body → node under test).',
		'',
	);
	lines.push(
		`Latest run: ${info.date.slice(0, 10)}, ${info.nproc} CPUs (${info.cpu}), ${f1(info.memGb)} GB RAM, Linux ${info.kernel}; n8n ${info.n8n} on Node ${info.n8nNode}`,
	);
	lines.push(
		`(the bench script and the simulator on Node ${info.benchNode.replace(/^v/, '')}); whole bench ${f0(totalSeconds)} s. Load average (1 min) before/after: ${loadBefore} / ${loadAfter}`,
	);
	lines.push(
		'— the machine is shared with other work, so wall times carry some noise; call counts are exact.',
		'',
	);
	lines.push(
		'Columns: **calls** = requests the simulator received (status counts in brackets when not all 2xx); **wall** = webhook round trip,',
	);
	lines.push(
		"the workflow runs to its end before n8n answers (includes saving the execution); **node** = the measured node(s)' own",
	);
	lines.push(
		"execution time from n8n's run data; **n8n CPU** = CPU time of the n8n process during the run; **peak RSS** = VmHWM of the n8n",
	);
	lines.push(
		'process, reset just before the run (baseline = RSS before the run); **Δ peak** = peak − baseline. Ratios are ours / theirs.',
		'',
	);

	lines.push('## Summary', '');
	lines.push('| # | scenario | target | result | met |');
	lines.push('|---|---|---|---|---|');
	for (const s of scenarios) {
		const v = verdict(s, by(s.id, 'ours'), by(s.id, 'theirs'));
		lines.push(
			`| ${number(s)} | ${s.title} | ${s.target} | ${v.text} | ${v.met ? 'yes' : '**no**'} |`,
		);
	}
	if (queue) {
		const q = queueVerdict(queue);
		lines.push(
			`| Q1 | ${QUEUE_TITLE} | ${QUEUE_TARGET} | ${q.text} | ${q.met ? 'yes' : '**no**'} |`,
		);
	}
	lines.push('');

	for (const s of scenarios) {
		const o = by(s.id, 'ours');
		const t = by(s.id, 'theirs');
		lines.push(`## ${number(s)}. ${s.title}`, '');
		lines.push(`Theirs: ${s.theirsChoice}.`, '');
		const st = (r) => {
			if (!r) return '–';
			const keys = Object.keys(r.statuses);
			const all2xx = keys.every((k) => /^2/.test(k));
			return all2xx
				? f0(r.calls)
				: `${f0(r.calls)} (${keys.map((k) => `${k}: ${r.statuses[k]}`).join(', ')})`;
		};
		const extra = variantsOf(s).filter((v) => v !== 'ours' && v !== 'theirs');
		const extras = extra.map((v) => by(s.id, v));
		const label = (v) => (s.variantLabels && s.variantLabels[v]) || v;
		const cell = (r, get, fmt) => {
			const x = r ? get(r) : undefined;
			return x === undefined ? '–' : fmt(x);
		};
		lines.push(
			`| | ${label('ours')} | ${extra.map(label).join(' | ')}${extra.length ? ' | ' : ''}theirs | ours/theirs |`,
		);
		lines.push(`|---|---:|${extra.map(() => '---:|').join('')}---:|---:|`);
		const row = (name, get, fmt, showRatio = true) => {
			const a = o ? get(o) : undefined;
			const b = t ? get(t) : undefined;
			const middle = extras.map((r) => `${cell(r, get, fmt)} | `).join('');
			return `| ${name} | ${a === undefined ? '–' : fmt(a)} | ${middle}${b === undefined ? '–' : fmt(b)} | ${showRatio && a !== undefined && b !== undefined ? f2(ratio(a, b)) : ''} |`;
		};
		lines.push(
			`| calls | ${st(o)} | ${extras.map((r) => `${st(r)} | `).join('')}${st(t)} | ${o && t ? f2(ratio(o.calls, t.calls)) : ''} |`,
		);
		lines.push(
			`| physical minimum of calls | ${f0(s.minCalls)} | ${extras.map(() => `${f0(s.minCalls)} | `).join('')}${f0(s.minCalls)} | |`,
		);
		lines.push(
			row(
				'output items (failed)',
				(r) => `${f0(r.items)} (${f0(r.failedItems)})`,
				(x) => x,
				false,
			),
		);
		lines.push(row('wall (s)', (r) => r.wallMs / 1000, f2));
		lines.push(row('node (s)', (r) => r.nodeMs / 1000, f2));
		lines.push(row('n8n CPU (s)', (r) => r.n8nCpuMs / 1000, f2));
		lines.push(row('n8n CPU per item (ms)', (r) => r.n8nCpuMs / s.records, f2));
		lines.push(row('simulator CPU (s)', (r) => r.simCpuMs / 1000, f2));
		lines.push(row('peak RSS (MB)', (r) => r.peakRssMb, f0));
		lines.push(row('baseline RSS (MB)', (r) => r.rssBeforeMb, f0, false));
		lines.push(row('Δ peak over baseline (MB)', (r) => r.peakRssMb - r.rssBeforeMb, f0));
		lines.push(row('max requests in flight', (r) => r.maxInFlight, f0, false));
		if (s.goal && s.goal.kind === 'window') {
			lines.push(
				`| window-imposed minimum (s) | ${s.minWallSeconds} | ${extras.map(() => `${s.minWallSeconds} | `).join('')}${s.minWallSeconds} | |`,
			);
			lines.push(row('wall / minimum', (r) => r.wallMs / 1000 / s.minWallSeconds, f2, false));
		}
		const v = verdict(s, o, t);
		lines.push('', `Target (${s.target}): **${v.met ? 'met' : 'missed'}** — ${v.text}.`);
		for (const r of [o, ...extras, t])
			if (r && r.problems.length)
				lines.push('', `Problems (${r.variant}): ${r.problems.join('; ')}`);
		for (const r of [o, ...extras, t])
			if (r && r.failedItems)
				lines.push(
					'',
					`First failed item (${r.variant}): ${String(r.firstItemError).slice(0, 200)}`,
				);
		if (s.notes) lines.push('', ...s.notes({ ours: o, theirs: t, met: v.met }));
		lines.push('');
	}
	if (queue) lines.push(...queueSection(queue));
	lines.push('## Method and limits', '');
	lines.push(...METHOD_NOTES);
	lines.push('', '## Observations', '');
	lines.push(...OBSERVATIONS);
	return `${lines.join('\n')}\n`;
}

const QUEUE_TITLE = `Queue mode: ${EXECUTIONS} executions × ${ITEMS} contact gets at ${QUEUE_LATENCY.fixedMs} ms latency, 1 worker vs 2`;
const QUEUE_TARGET = 'throughput with 2 workers ≥ 1.7× that with 1';

function queueVerdict(queue) {
	const problems = [...queue.two.problems, ...queue.one.problems];
	if (problems.length) return { met: false, text: `run failed its checks: ${problems.join('; ')}` };
	return {
		met: queue.ratio >= 1.7,
		text: `${f2(queue.ratio)}× the throughput (${f2(queue.two.perSecond)} vs ${f2(queue.one.perSecond)} executions/s)`,
	};
}

function queueSection(queue) {
	const { one, two } = queue;
	const st = (r) =>
		`${f0(r.requests)}${
			Object.keys(r.calls).every((k) => /^2/.test(k))
				? ''
				: ` (${Object.entries(r.calls)
						.map(([k, n]) => `${k}: ${n}`)
						.join(', ')})`
		}`;
	const v = queueVerdict(queue);
	return [
		`## Q1. ${QUEUE_TITLE}`,
		'',
		`n8n 2.41.1 in queue mode (tools/lib/queue.js): one main (\`EXECUTIONS_MODE=queue\`), PostgreSQL and Redis from Debian packages, and`,
		`\`n8n worker --concurrency=${WORKER_CONCURRENCY}\` processes; ${EXECUTIONS} webhooks sent at once, each an execution of Webhook → Split Out → Leonar`,
		`Contact › Get of ${ITEMS} contacts one after another (Concurrency 1), simulator at ${QUEUE_LATENCY.fixedMs} ms (+ 0–${QUEUE_LATENCY.jitterMs} ms). Measured with two workers, then with`,
		`one (the other stopped); a warm-up burst first. Stack start ${f1(queue.stackSeconds)} s.`,
		'',
		'| | 1 worker | 2 workers | 2 / 1 |',
		'|---|---:|---:|---:|',
		`| wall, first webhook to last answer (s) | ${f2(one.wallMs / 1000)} | ${f2(two.wallMs / 1000)} | ${f2(two.wallMs / one.wallMs)} |`,
		`| executions per second | ${f2(one.perSecond)} | ${f2(two.perSecond)} | ${f2(two.perSecond / one.perSecond)} |`,
		`| calls | ${st(one)} | ${st(two)} | |`,
		`| mean execution (s) | ${f2(one.executionMs / 1000)} | ${f2(two.executionMs / 1000)} | ${f2(two.executionMs / one.executionMs)} |`,
		`| longest wait in the queue (s) | ${f2(one.queueWaitMaxMs / 1000)} | ${f2(two.queueWaitMaxMs / 1000)} | |`,
		`| max requests in flight (simulator) | ${f0(one.maxInFlight)} | ${f0(two.maxInFlight)} | |`,
		`| n8n CPU, main + workers (s) | ${f2(one.n8nCpuMs / 1000)} | ${f2(two.n8nCpuMs / 1000)} | |`,
		`| n8n CPU / wall (of 2 cores) | ${f2(one.n8nCpuMs / one.wallMs)} | ${f2(two.n8nCpuMs / two.wallMs)} | |`,
		`| executions by worker | ${JSON.stringify(one.byWorker).replace(/"/g, '')} | ${JSON.stringify(two.byWorker).replace(/"/g, '')} | |`,
		'',
		`Target (${QUEUE_TARGET}): **${v.met ? 'met' : 'missed'}** — ${v.text}.`,
		'',
		`The executions are latency-bound (each spends its time waiting for answers), so what limits one worker is its`,
		`${WORKER_CONCURRENCY} execution slots: the other executions wait in the queue, and a second worker adds ${WORKER_CONCURRENCY} slots. Two things keep the`,
		'ratio under 2: a fixed part (webhooks, queueing, the first job pickup: ~1 s per burst) and executions that take',
		'longer each with two workers (the mean execution row above): the 2 CPUs are shared by the main, both workers,',
		'PostgreSQL, Redis and the simulator — and by other work on this machine. Earlier runs on this machine gave',
		'1.62–1.76 (1.37 when each execution also ran 5 requests at once, CPU-bound); at 300 ms of latency, 1.65–1.74.',
		'',
	];
}

const METHOD_NOTES = [
	'* The simulator runs inside the bench process (`startSimulator`), with a rate limit high enough not to bind except in',
	'  scenarios 4 (500 per 10-second window) and L3 (200 per 10-second window), scaled-down hourly windows. Scenarios 1–5 run',
	'  at zero latency (per-item overhead, calls); L1–L3 and Q1 with 150 ms + 0–20 ms of latency per request',
	'  (`startSimulator({ latency })`), where concurrency matters. Its request log gives the calls and its in-flight counter the',
	"  most requests it handled at once; its CPU time is the bench process's CPU time during the run.",
	'* The HTTP Request node sends all items of a run concurrently (n8n-nodes-base V3 implementation: one promise per item,',
	'  `Promise.allSettled`); the Batching option only spaces batches. The Leonar node runs the items of per-item operations a',
	'  few at a time (option Concurrency: default 5, 1 for creates, up to 50), never more than `X-RateLimit-Remaining` ÷',
	'  Concurrency of its last answer, and paces on the `X-RateLimit-*` headers.',
	'* Peak RSS covers the whole n8n process (the webhook, the execution, saving the execution data to SQLite), not only the',
	'  node. The JS task runner (a separate process) is idle: the workflows have no Code node.',
	`* HTTP Request node type version ${HTTP_VERSION}; Webhook node v2 with "Respond: When Last Node Finishes" and no response data.`,
	'* Reproduce: `npm run bench` (needs the runtime `npm start` prepares, else installs it; Q1 also PostgreSQL and Redis, installed',
	'  with apt-get when missing; ~15 min). `BENCH_ONLY=s1,l1,q1` runs some scenarios (leaves this file alone); `BENCH_CPU_PROF=1`',
	'  writes V8 CPU profiles of the n8n processes to `.artifacts/bench/cpu-prof/`.',
];

/** What the figures above do not show by themselves (measured on 2026-11-29 on the machine above; not regenerated). */
const OBSERVATIONS = [
	'* **Per-item overhead (scenario 5) and the one node change it led to.** In real n8n, `getCredentials` costs a database',
	'  query and a decryption (~2 ms of CPU per call on this machine), and the node read the credential on every request although',
	'  `httpRequestWithAuthentication` reads it again for the header. The transport now reads and checks it once per node run',
	'  (and the request options once per run when they hold no expression). Before: ours 23.5 s wall / 19.2 s n8n CPU vs theirs',
	'  19.8 s (1.19×), and 26.7 s / 22.3 s vs 19.1 s (1.40×) in a second run. After: 13.8 s / 12.7 s vs 19.3 s (0.72×), and',
	"  the run above. The remaining cost per item is n8n's own (expression evaluation of `{{ $json.id }}` and of the credential's",
	'  `Bearer {{$credentials.apiKey}}` header in the isolated-vm expression engine, the credential read inside',
	"  `httpRequestWithAuthentication`, axios); the node's own code was < 1% of the CPU profile (`BENCH_CPU_PROF=1`).",
	'* **Wall time vs CPU.** The HTTP Request node overlaps its requests (all items at once), so at zero latency its wall time',
	"  hides the simulator's time. Against an API with ~150 ms latency, one request at a time costs ~150 ms per item, while the",
	'  HTTP Request node fires every item at once (and would overrun an hourly budget of 1,000–2,000 requests). That is what the',
	"  Concurrency option addresses (L1): a bounded number of per-item requests in flight, admitted only while the window's",
	'  `X-RateLimit-Remaining` covers them (Remaining ÷ Concurrency), writes to one record kept in order.',
	"* **Scenario 4**: the minimum is (6 windows − 1) × 10 s = 50 s; sending the last window's 500 updates takes another ~2–3 s",
	'  at ~4–5 ms of n8n CPU each. On top, `X-RateLimit-Reset` has whole-second resolution and the node waits until reset +',
	'  250 ms (a margin for clock skew), i.e. ~0.5–1.25 s per window, ~4 s over 5 windows. Closing that would need a finer reset',
	'  time from the API (e.g. `Retry-After` in ms). The HTTP Request node only avoids 429s here because its batch size and',
	"  interval were set to the (known) limit, and it still spends 10 s + the batch's own time per batch.",
	'* **Memory.** Peak RSS is dominated by garbage V8 has not collected yet, not by live data: a heap snapshot',
	'  (`BENCH_HEAP_AT_MS`) 9 s into scenario 5 showed a live heap of 233 MB for ours and 299 MB for theirs (all requests in',
	'  flight) against 226 MB before the run, while RSS rose by 500–700 MB. Return All keeps one array of records and one of',
	'  output items (the page bodies are dropped after each page): peak RSS rose by 35–39 MB for 10,000 contacts and by 116 MB',
	'  for 20,000 (`BENCH_LIST_RECORDS=20000`; theirs 86 MB and 162 MB — the HTTP Request node keeps every page response and',
	'  Split Out copies the records).',
	'* **Noise.** The machine is shared (load before and after: see the header; at a load of 3–6 on 2 CPUs the same scenario-5 run varied by ±25% in wall time between runs);',
	'  call counts, 429 counts and failed items are exact and did not vary.',
];

// ------------------------------------------------------------------ main

async function main() {
	const started = Date.now();
	procs.installSignalHandlers();
	const only = (process.env.BENCH_ONLY || '')
		.split(',')
		.map((x) => x.trim())
		.filter(Boolean);
	const selected = only.length ? ALL.filter((s) => only.includes(s.id)) : ALL;
	const withQueue = !only.length || only.includes('q1');
	if (!selected.length && !withQueue)
		throw new Error(
			`BENCH_ONLY=${process.env.BENCH_ONLY} matches no scenario (${[...ALL.map((s) => s.id), 'q1'].join(', ')})`,
		);
	const loadBefore = os.loadavg()[0].toFixed(2);
	fs.mkdirSync(ARTIFACTS, { recursive: true });

	const packageDir = process.env.BENCH_PACKAGE_DIR
		? path.resolve(process.env.BENCH_PACKAGE_DIR)
		: REPO;
	if (!process.env.BENCH_SKIP_BUILD && !process.env.BENCH_PACKAGE_DIR) lib.buildPackage();
	const rt = runtime.ensureN8n('2');
	const tgz = lib.packPackage(packageDir);
	fs.rmSync(USER_FOLDER, { recursive: true, force: true });
	fs.mkdirSync(USER_FOLDER, { recursive: true });
	lib.installPackage(USER_FOLDER, tgz);

	const sim = await startSimulator({
		port: 0,
		rateLimit: { limit: 10_000_000, windowSeconds: 3600 },
	});
	const results = [];
	let queue;
	try {
		const values = (name) => [...sim.state[name].values()];
		const seed = {
			sequence: values('sequences')[0].id,
			project: values('projects').find((p) => p.status === 'active').id,
		};
		const ctx = { simUrl: sim.url, seed };
		for (const s of selected) {
			if (s.rateLimit)
				s.minWallSeconds =
					(Math.ceil(s.records / s.rateLimit.limit) - 1) * s.rateLimit.windowSeconds;
		}

		const [port, brokerPort] = [await lib.freePort(), await lib.freePort()];
		const env = lib.n8nEnv(rt, {
			userFolder: USER_FOLDER,
			port,
			brokerPort,
			extra: { N8N_LOG_LEVEL: 'warn' },
		});
		if (process.env.BENCH_NODE_OPTIONS) env.NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS;
		if (process.env.BENCH_HEAP_AT_MS)
			env.NODE_OPTIONS = `${env.NODE_OPTIONS || ''} --heapsnapshot-signal=SIGUSR2`.trim();
		if (process.env.BENCH_CPU_PROF) {
			const dir = path.join(ARTIFACTS, 'cpu-prof');
			fs.mkdirSync(dir, { recursive: true });
			env.NODE_OPTIONS = `${env.NODE_OPTIONS || ''} --cpu-prof --cpu-prof-dir=${dir}`.trim();
		}
		const credFile = path.join(USER_FOLDER, 'bench-credential.json');
		fs.writeFileSync(
			credFile,
			JSON.stringify([
				{
					...CREDENTIAL,
					type: 'leonarApi',
					data: { apiKey: sim.keys.full_access, baseUrl: sim.url },
				},
			]),
		);
		const wfFile = path.join(USER_FOLDER, 'bench-workflows.json');
		const workflows = selected.flatMap((s) => variantsOf(s).map((v) => buildWorkflow(s, v, ctx)));
		fs.writeFileSync(wfFile, JSON.stringify(workflows));
		const cliEnv = { ...env };
		delete cliEnv.NODE_OPTIONS;
		let t = Date.now();
		lib.n8nCli(rt, cliEnv, ['import:credentials', `--input=${credFile}`]);
		lib.n8nCli(rt, cliEnv, ['import:workflow', `--input=${wfFile}`]);
		lib.activateWorkflows(
			rt,
			USER_FOLDER,
			workflows.map((w) => w.id),
		);
		say(
			`imported 1 credential and ${workflows.length} workflows in ${((Date.now() - t) / 1000).toFixed(1)}s`,
		);

		for (const s of selected) {
			for (const variant of variantsOf(s)) {
				t = Date.now();
				const r = await runVariant({ s, variant, rt, sim, seed, env });
				results.push(r);
				say(
					`${s.id} ${variant.padEnd(11)} calls ${String(r.calls).padStart(5)} ${JSON.stringify(r.statuses)}  wall ${(r.wallMs / 1000).toFixed(2)}s  node ${(r.nodeMs / 1000).toFixed(2)}s  n8n CPU ${(r.n8nCpuMs / 1000).toFixed(2)}s  peak ${r.peakRssMb.toFixed(0)} MB (base ${r.rssBeforeMb.toFixed(0)})  items ${r.items} failed ${r.failedItems}  [n8n start ${r.startSeconds.toFixed(1)}s, total ${((Date.now() - t) / 1000).toFixed(1)}s]${r.problems.length ? `  PROBLEMS: ${r.problems.join('; ')}` : ''}`,
				);
			}
		}
		await procs.stopAll();
		procs.children.length = 0;
		procs.stopping = null;

		if (withQueue) {
			queue = await runQueueScenario({
				procs,
				tgz,
				sim,
				cpuMs: procCpuMs,
				say,
				logDir: path.join(ARTIFACTS, 'queue'),
			});
			say(`Q1 throughput 2 workers / 1 worker: ${f2(queue.ratio)}`);
		}
	} finally {
		await procs.stopAll();
		await sim.close();
		if (!process.env.BENCH_KEEP && !process.env.BENCH_HEAP_AT_MS)
			fs.rmSync(USER_FOLDER, { recursive: true, force: true });
	}

	const totalSeconds = (Date.now() - started) / 1000;
	const info = machine(rt);
	const markdown = renderMarkdown({
		results,
		queue,
		scenarios: selected,
		info,
		totalSeconds,
		loadBefore,
		loadAfter: os.loadavg()[0].toFixed(2),
	});
	fs.writeFileSync(
		path.join(ARTIFACTS, 'results.json'),
		JSON.stringify({ info, totalSeconds, results, queue }, null, 2),
	);
	const target =
		only.length ||
		process.env.BENCH_PACKAGE_DIR ||
		process.env.BENCH_LIST_RECORDS ||
		process.env.BENCH_NODE_OPTIONS ||
		process.env.BENCH_HEAP_AT_MS
			? path.join(ARTIFACTS, 'BENCHMARKS.partial.md')
			: path.join(REPO, 'BENCHMARKS.md');
	fs.writeFileSync(target, markdown);
	console.log(markdown);
	say(`wrote ${path.relative(REPO, target)} (whole bench ${totalSeconds.toFixed(0)} s)`);
	const failed = results.filter((r) => r.problems.length);
	const queueFailed = queue && (queue.one.problems.length || queue.two.problems.length);
	process.exitCode = failed.length || queueFailed ? 1 : 0;
}

main().catch(async (error) => {
	say(error.stack || error.message);
	await procs.stopAll();
	process.exit(1);
});
