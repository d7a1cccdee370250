#!/usr/bin/env node
'use strict';
/*
 * npm run test:e2e — the package inside a real n8n.
 *
 * Builds and packs the package, installs the tarball into a FRESH n8n user folder the way Community Nodes
 * does, starts the Leonar simulator, imports one credential per demo key and one workflow per case
 * (test/e2e/cases.js), starts n8n, triggers each case through its webhook, and checks the run data
 * (read from n8n's database) and the simulator's request log. Meanwhile, in a second n8n of its own, one
 * activated Leonar Trigger workflow polls a second simulator every 15 s through activation, new contacts, a
 * restart of n8n, a failing poll and overlapping polls (test/e2e/trigger.js, ≈ 3 min). Prints one line per
 * case and `N passed, N failed[, N skipped]`; exits 1 on any failure.
 *
 * Env: E2E_N8N=2 (default) | 1 | all    which n8n to run (2.41.1 on Node 24; 1.123.81 on Node 20)
 *      E2E_ONLY=id,id                    run only these cases (`trigger` or a trigger-* id: the trigger scenario)
 *      E2E_SKIP_TRIGGER=1                skip the trigger scenario
 *      E2E_SKIP_BUILD=1                  use the existing dist/ (no `npm run build`)
 *      E2E_KEEP=1                        keep the user folder after the run
 *      E2E_PACKAGE_DIR=<dir>             pack this already built package folder instead of building the repo
 *      E2E_SIM_PROFILE=documented        run against the simulator's documented profile (only what Leonar
 *                                        documents; test/simulator/profiles.js): every case is then checked
 *                                        against its `documented` expectation (test/e2e/cases.js) instead
 */
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const runtime = require('../../tools/runtime');
const lib = require('../../tools/lib/n8n');
const { cases: CASES, exampleCases, CREDENTIALS, expectationOf } = require('./cases');
const trigger = require('./trigger');
const { startSimulator } = require('../simulator');

const { REPO, RUNTIME_DIR } = runtime;
const ARTIFACTS = path.join(REPO, '.artifacts', 'e2e');
const CASE_TIMEOUT_MS = 90_000;

const procs = new lib.Processes();

// ------------------------------------------------------------------ node description → what exists

function loadDescription(packageDir) {
	const file = path.join(packageDir, 'dist', 'nodes', 'Leonar', 'Leonar.node.js');
	delete require.cache[require.resolve(file)];
	const { Leonar } = require(file);
	return new Leonar().description;
}

function available(description) {
	const props = description.properties;
	const resourceProp = props.find((p) => p.name === 'resource');
	const ops = new Map();
	for (const r of resourceProp.options) ops.set(r.value, new Set());
	for (const p of props) {
		if (p.name !== 'operation') continue;
		const rs = p.displayOptions?.show?.resource || [];
		for (const r of rs) for (const o of p.options || []) ops.get(r)?.add(o.value);
	}
	return ops;
}

function shownFor(p, resource, operation) {
	const show = p.displayOptions?.show || {};
	if (show.resource && !show.resource.includes(resource)) return false;
	if (show.operation && !show.operation.includes(operation)) return false;
	return true;
}

/** Turns a case's parameters into stored node parameters, checking names against the description. */
function resolveParameters(description, resource, operation, parameters, problems) {
	const props = description.properties.filter((p) => shownFor(p, resource, operation));
	const convert = (prop, value, where) => {
		if (value && typeof value === 'object' && '__id' in value) {
			return prop && prop.type === 'resourceLocator'
				? { __rl: true, mode: 'id', value: value.__id }
				: value.__id;
		}
		if (
			prop &&
			(prop.type === 'collection' || prop.type === 'fixedCollection') &&
			value &&
			typeof value === 'object' &&
			!Array.isArray(value)
		) {
			const out = {};
			for (const [k, v] of Object.entries(value)) {
				const option = (prop.options || []).find((o) => o.name === k);
				if (!option)
					problems.push(
						`${where}.${k} is not an option of "${prop.displayName}" for ${resource}.${operation}`,
					);
				out[k] = convert(option, v, `${where}.${k}`);
			}
			return out;
		}
		return value;
	};
	const out = {};
	for (const [name, value] of Object.entries(parameters || {})) {
		const prop = props.find((p) => p.name === name);
		if (!prop) problems.push(`parameter "${name}" is not described for ${resource}.${operation}`);
		out[name] = convert(prop, value, name);
	}
	return { resource, operation, ...out };
}

// ------------------------------------------------------------------ seed ids and placeholders

function computeSeed(sim) {
	const s = sim.state;
	const values = (name) => [...s[name].values()];
	const contacts = values('contacts').filter(
		(c) => !c.archived_at && c.global_status !== 'do_not_contact',
	);
	const projects = values('projects').filter((p) => p.status === 'active');
	const project = projects[0];
	const entries = values('entries').filter((e) => e.project_id === project.id);
	const stages = project.pipeline.stages;
	const interview = stages.find((st) => /interview/i.test(st.name)) || stages[stages.length - 1];
	const entry = entries.find((e) => e.stage_id !== interview.id) || entries[0];
	const inProject = new Set(entries.map((e) => e.contact_id));
	const deal = values('deals').find((d) => !d.archived_at && d.status === 'open');
	const pipeline = values('pipelines').find((p) => p.id === deal.pipeline_id);
	const dealStage2 = pipeline.stages.find((st) => st.id !== deal.stage_id);
	const file = values('files').find((f) => f.contact_id === contacts[0].id) || values('files')[0];
	const email = (c) => (c.emails && c.emails[0] && (c.emails[0].email || c.emails[0])) || c.email;
	return {
		simUrl: sim.url,
		contact: contacts[0].id,
		contactEmail: email(contacts[0]),
		contact2: contacts[1].id,
		freeContact: contacts.find((c) => !inProject.has(c.id)).id,
		company: values('companies').find((c) => !c.archived_at).id,
		deal: deal.id,
		dealStage2: dealStage2.id,
		task: values('tasks')[0].id,
		project: project.id,
		entry: entry.id,
		interviewStage: interview.id,
		sequence: values('sequences')[0].id,
		file: file.id,
		fileContact: file.contact_id,
		fileBase64: file.file_base64,
		fileName: file.filename,
	};
}

/** Replaces $seedKey tokens (only known seed keys, so n8n's $json/$today stay) in strings, deeply. */
function substitute(value, seed) {
	if (typeof value === 'string') {
		return value.replace(/\$([A-Za-z][A-Za-z0-9]*)/g, (m, key) =>
			Object.prototype.hasOwnProperty.call(seed, key) ? String(seed[key]) : m,
		);
	}
	if (Array.isArray(value)) return value.map((v) => substitute(v, seed));
	if (value instanceof RegExp || typeof value === 'function') return value;
	if (value && typeof value === 'object') {
		const out = {};
		for (const [k, v] of Object.entries(value)) out[k] = substitute(v, seed);
		return out;
	}
	return value;
}

// ------------------------------------------------------------------ workflows

const uuid = () => crypto.randomUUID();

function credentialRef(name) {
	return { id: credentialId(name), name: `Leonar e2e ${name}` };
}

function credentialId(name) {
	return `e2eCred${crypto.createHash('md5').update(name).digest('hex').slice(0, 9)}1`;
}

function workflowId(index) {
	return `wfE2e${String(index).padStart(4, '0')}case`;
}

function buildWorkflow(c, index, description, seed, inputItems) {
	const problems = [];
	const credential = c.credential || 'full_access';
	const nodes = [];
	const connections = {};
	const link = (from, to, type = 'main') => {
		connections[from] = connections[from] || {};
		connections[from][type] = connections[from][type] || [[]];
		connections[from][type][0].push({ node: to, type, index: 0 });
	};
	nodes.push({
		id: uuid(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: uuid(),
		parameters: {
			httpMethod: 'POST',
			path: `e2e-${c.id}`,
			responseMode: 'lastNode',
			responseData: 'allEntries',
			options: {},
		},
	});
	const items = inputItems.map((json) => {
		const item = { json };
		if (c.inputBinary) {
			item.binary = {
				[c.inputBinary.property]: {
					data: c.inputBinary.base64,
					mimeType: c.inputBinary.mimeType,
					fileName: c.inputBinary.fileName,
				},
			};
		}
		return item;
	});
	nodes.push({
		id: uuid(),
		name: 'Input',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [220, 0],
		parameters: { jsCode: `return ${JSON.stringify(items)};` },
	});
	link('Webhook', 'Input');
	let previous = 'Input';
	c.nodes.forEach((spec, i) => {
		const kind = spec.kind || 'leonar';
		const name = spec.name || (kind === 'leonar' ? 'Leonar' : kind);
		const position = [440 + i * 220, 0];
		let node;
		if (kind === 'leonar') {
			node = {
				id: uuid(),
				name,
				type: lib.NODE_TYPE,
				typeVersion: 1,
				position,
				parameters: resolveParameters(
					description,
					spec.resource,
					spec.operation,
					substitute(spec.parameters, seed),
					problems,
				),
				credentials: { leonarApi: credentialRef(credential) },
			};
		} else if (kind === 'http') {
			node = {
				id: uuid(),
				name,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position,
				parameters: substitute(spec.parameters, seed),
				credentials: { leonarApi: credentialRef(credential) },
			};
		} else if (kind === 'code') {
			node = {
				id: uuid(),
				name,
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position,
				parameters: { jsCode: spec.code },
			};
		} else if (kind === 'toolExecutor') {
			node = {
				id: uuid(),
				name,
				type: '@n8n/n8n-nodes-langchain.toolExecutor',
				typeVersion: 1,
				position,
				parameters: { query: '{}', toolName: '', node: '' },
			};
			const t = spec.tool;
			nodes.push({
				id: uuid(),
				name: 'Leonar Tool',
				type: lib.TOOL_TYPE,
				typeVersion: 1,
				position: [position[0], 200],
				parameters: {
					descriptionType: 'manual',
					toolDescription: 'Reads a Leonar contact',
					...resolveParameters(
						description,
						t.resource,
						t.operation,
						substitute(t.parameters, seed),
						problems,
					),
				},
				credentials: { leonarApi: credentialRef(credential) },
			});
			link('Leonar Tool', name, 'ai_tool');
		} else {
			throw new Error(`unknown node kind ${kind}`);
		}
		if (spec.onError) node.onError = spec.onError;
		nodes.push(node);
		link(previous, name);
		previous = name;
	});
	return {
		workflow: {
			id: workflowId(index),
			name: `e2e ${c.id}`,
			active: false,
			nodes,
			connections,
			settings: {
				executionOrder: 'v1',
				saveDataSuccessExecution: 'all',
				saveDataErrorExecution: 'all',
				saveManualExecutions: true,
			},
			pinData: {},
		},
		problems,
	};
}

/** An example workflow as it is, triggered through a Webhook node that takes its trigger's name. */
function buildExampleWorkflow(c, index) {
	const source = JSON.parse(fs.readFileSync(path.join(REPO, 'examples', c.file), 'utf8'));
	const nodes = source.nodes.map((node) => {
		if (/trigger/i.test(node.type)) {
			return {
				id: node.id,
				name: node.name,
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: node.position,
				webhookId: uuid(),
				parameters: {
					httpMethod: 'POST',
					path: `e2e-${c.id}`,
					responseMode: 'lastNode',
					responseData: 'allEntries',
					options: {},
				},
			};
		}
		if (node.credentials && node.credentials.leonarApi)
			return { ...node, credentials: { leonarApi: credentialRef('full_access') } };
		return node;
	});
	return { ...source, id: workflowId(index), name: `e2e ${c.id}`, active: false, nodes };
}

function leonarOperations(c) {
	const list = [];
	if (c.file) {
		const source = JSON.parse(fs.readFileSync(path.join(REPO, 'examples', c.file), 'utf8'));
		for (const n of source.nodes)
			if (n.type === lib.NODE_TYPE) list.push(`${n.parameters.resource}.${n.parameters.operation}`);
	}
	for (const n of c.nodes || []) {
		if ((n.kind || 'leonar') === 'leonar') list.push(`${n.resource}.${n.operation}`);
		if (n.kind === 'toolExecutor') list.push(`${n.tool.resource}.${n.tool.operation}`);
	}
	return [...list, ...(c.requires || [])];
}

// ------------------------------------------------------------------ checks

function partialMatch(actual, expected, where, problems) {
	if (expected === undefined) return;
	if (expected instanceof RegExp) {
		if (!expected.test(typeof actual === 'string' ? actual : JSON.stringify(actual)))
			problems.push(`${where}: ${JSON.stringify(actual)} does not match ${expected}`);
		return;
	}
	if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
		if (!actual || typeof actual !== 'object') {
			problems.push(`${where}: expected an object, got ${JSON.stringify(actual)}`);
			return;
		}
		for (const [k, v] of Object.entries(expected))
			partialMatch(actual[k], v, `${where}.${k}`, problems);
		return;
	}
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		const shown = (x) => {
			const s = JSON.stringify(x);
			return s && s.length > 200 ? `${s.slice(0, 200)}…` : s;
		};
		problems.push(`${where}: expected ${shown(expected)}, got ${shown(actual)}`);
	}
}

function verifyCase(c, run, exec, seed, profile) {
	const problems = [...run.problems];
	const expectation = expectationOf(c, profile);
	if (typeof expectation === 'string') return [expectation];
	const expect = substitute(expectation, seed);
	const log = run.log;
	if (!exec) {
		problems.push(
			`no execution found (webhook answered HTTP ${run.httpStatus}: ${String(run.responseText).slice(0, 200)})`,
		);
		return problems;
	}
	if (expect.status && exec.status !== expect.status) {
		problems.push(
			`execution status ${exec.status}, expected ${expect.status}${exec.error ? ` — error: ${exec.error.message}${exec.error.description ? ` (${exec.error.description})` : ''}` : ''}`,
		);
	}
	if (expect.error) {
		if (!exec.error) problems.push('expected an error, the execution has none');
		else {
			if (expect.error.message && !expect.error.message.test(exec.error.message || ''))
				problems.push(
					`error message "${exec.error.message}" does not match ${expect.error.message}`,
				);
			if (expect.error.description && !expect.error.description.test(exec.error.description || ''))
				problems.push(
					`error description "${exec.error.description}" does not match ${expect.error.description}`,
				);
		}
	}
	const reqs = expect.requests || [];
	if (!expect.requestsAtLeast && log.length !== reqs.length) {
		problems.push(
			`simulator saw ${log.length} requests, expected ${reqs.length}: ${log.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ')}`,
		);
	} else if (expect.requestsAtLeast && log.length < reqs.length) {
		problems.push(`simulator saw ${log.length} requests, expected at least ${reqs.length}`);
	}
	reqs.forEach((want, i) => {
		if (log[i]) partialMatch(log[i], want, `request[${i}]`, problems);
	});
	const nodeRuns = (name) => exec.nodes[name] || [];
	const items = (name) => nodeRuns(name).flatMap((r) => r.items);
	const out = (name) => items(name).map((i) => i.json);
	for (const [name, n] of Object.entries(expect.count || {})) {
		if (items(name).length !== n)
			problems.push(`node "${name}" returned ${items(name).length} items, expected ${n}`);
	}
	if (typeof expectation.verify === 'function' && problems.length === 0) {
		try {
			expectation.verify(
				{
					out,
					items,
					first: (name) => out(name)[0] || {},
					log,
					error: exec.error,
					seed,
					setup: run.setupResult,
					exec,
					durationMs: run.durationMs,
				},
				assert,
			);
		} catch (error) {
			problems.push(`verify: ${error.message.split('\n')[0]}`);
		}
	}
	// The API key never appears in output or error text
	for (const key of Object.values(CREDENTIALS)) {
		const visible = JSON.stringify({ error: exec.error, nodes: exec.nodes });
		if (visible.includes(key))
			problems.push(`the API key ${key.slice(0, 8)}… appears in the run data`);
	}
	return problems;
}

// ------------------------------------------------------------------ cases: select, prepare, run, check

/** Splits the selected cases into runnable ones ({ c, index }) and skipped results (operation missing, skipOn). */
function selectRunnable(selected, ops, key) {
	const results = [];
	const runnable = [];
	selected.forEach((c, index) => {
		const missing = leonarOperations(c).filter((op) => {
			const [r, o] = op.split('.');
			return !ops.has(r) || !ops.get(r).has(o);
		});
		if (missing.length) {
			results.push({ c, status: 'skipped', reason: `${missing.join(', ')} not in the node yet` });
			return;
		}
		if (c.skipOn && c.skipOn[key]) {
			results.push({ c, status: 'skipped', reason: c.skipOn[key] });
			return;
		}
		runnable.push({ c, index });
	});
	return { results, runnable };
}

/**
 * Builds each runnable case's workflow. Workflows are built with input items that may depend on a case's setup:
 * setups run lazily at trigger time, and inputs that depend on setup data are baked in through a per-case
 * preparation now (deterministic seeds). Returns [{ c, index, workflow, problems, setupSnapshot? }].
 */
async function prepareCases(runnable, sim, seed, description) {
	const prepared = [];
	for (const { c, index } of runnable) {
		let setupResult;
		let inputItems = [{}];
		if (typeof c.input === 'function' && c.setup) {
			// the input depends on records the setup creates: create them now with fixed ids, re-create at run time
			sim.reset();
			setupResult = await c.setup({ sim, seed, http: simHttp(sim) });
			prepared.push({ c, index, setupSnapshot: snapshotState(sim) });
		} else {
			prepared.push({ c, index });
		}
		if (typeof c.input === 'function') inputItems = c.input(seed, setupResult);
		else if (Array.isArray(c.input)) inputItems = substitute(c.input, seed);
		const { workflow, problems } = c.file
			? { workflow: buildExampleWorkflow(c, index), problems: [] }
			: buildWorkflow(c, index, description, seed, inputItems);
		prepared[prepared.length - 1].workflow = workflow;
		prepared[prepared.length - 1].problems = problems;
	}
	return prepared;
}

/** Triggers each prepared case in turn (simulator reset and setup first); returns case id → run. */
async function runCases(base, prepared, sim, seed) {
	const runs = new Map();
	for (const p of prepared) {
		const { c } = p;
		sim.reset();
		let setupResult;
		try {
			if (p.setupSnapshot) restoreState(sim, p.setupSnapshot);
			else if (c.setup) setupResult = await c.setup({ sim, seed, http: simHttp(sim) });
		} catch (error) {
			runs.set(c.id, { problems: [`setup failed: ${error.message}`], log: [], httpStatus: 0 });
			continue;
		}
		const caseStart = Date.now();
		const response = await triggerWebhook(base, `e2e-${c.id}`);
		const durationMs = Date.now() - caseStart;
		runs.set(c.id, {
			problems: [...p.problems],
			setupResult,
			durationMs,
			httpStatus: response.status,
			responseText: response.text,
			log: JSON.parse(JSON.stringify(sim.log)),
		});
	}
	return runs;
}

/** One result per prepared case from its run and its execution (workflow id → execution). */
function checkCases(prepared, runs, execs, seed, profile = 'default') {
	return prepared.map((p) => {
		const run = runs.get(p.c.id);
		const exec = execs[p.workflow.id];
		const problems =
			run.problems.length && run.httpStatus === 0
				? run.problems
				: verifyCase(p.c, run, exec, seed, profile);
		return {
			c: p.c,
			status: problems.length ? 'failed' : 'passed',
			problems,
			durationMs: run.durationMs,
			executionId: exec && exec.id,
		};
	});
}

// ------------------------------------------------------------------ one suite on one n8n flavour

async function runSuite(key, tgz, description, sim, selected, withTrigger) {
	const started = Date.now();
	const rt = runtime.ensureN8n(key);
	const version = rt.flavour.n8nVersion;
	const label = `n8n ${version}${sim.profile === 'default' ? '' : `, ${sim.profile} profile`}`;
	const ops = available(description);
	const userFolder = path.join(RUNTIME_DIR, `e2e-home-${key}`);
	fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });
	lib.installPackage(userFolder, tgz);

	sim.reset();
	const seed = computeSeed(sim);

	// which cases can run
	const { results, runnable } = selectRunnable(selected, ops, key);

	// setups that produce input data run first (on a fresh simulator state each, see below)
	const credentials = Object.entries(CREDENTIALS).map(([name, apiKey]) => ({
		id: credentialId(name),
		name: `Leonar e2e ${name}`,
		type: 'leonarApi',
		data: { apiKey, baseUrl: sim.url },
	}));
	const ports = new Set();
	while (ports.size < 4) ports.add(await lib.freePort());
	const [port, brokerPort, triggerPort, triggerBrokerPort] = [...ports];
	const env = lib.n8nEnv(rt, { userFolder, port, brokerPort });
	const files = {
		creds: path.join(userFolder, 'e2e-credentials.json'),
		wfs: path.join(userFolder, 'e2e-workflows.json'),
	};
	fs.writeFileSync(files.creds, JSON.stringify(credentials, null, 1));

	const prepared = await prepareCases(runnable, sim, seed, description);
	fs.writeFileSync(
		files.wfs,
		JSON.stringify(
			prepared.map((p) => p.workflow),
			null,
			1,
		),
	);

	const withCases = prepared.length > 0 || !withTrigger;

	// The trigger scenario runs in an n8n of its own, in parallel with the cases. The blocking CLI imports of
	// both run first, before any n8n polls or calls a simulator of this process.
	let triggerRun = null;
	let triggerPrepared;
	trigger.abort.aborted = false;
	if (withTrigger) {
		const triggerEnv = lib.n8nEnv(rt, {
			userFolder: path.join(RUNTIME_DIR, `e2e-trigger-home-${key}`),
			port: triggerPort,
			brokerPort: triggerBrokerPort,
		});
		try {
			triggerPrepared = await trigger.prepare({
				rt,
				key,
				tgz,
				env: triggerEnv,
				profile: sim.profile,
			});
		} catch (error) {
			const problems = [`setup failed: ${error.message.split('\n')[0]}`];
			triggerRun = Promise.resolve({
				results: trigger.PHASES.map((c) => ({ c, status: 'failed', problems })),
				seconds: 0,
				notes: [],
			});
		}
	}
	try {
		let imported;
		if (withCases) imported = importCases();
		if (triggerPrepared) triggerRun = trigger.run(triggerPrepared, { procs, artifacts: ARTIFACTS });
		if (withCases) await runCasesInN8n(imported);
	} catch (error) {
		trigger.abort.aborted = true;
		if (triggerRun) await triggerRun;
		else if (triggerPrepared) await trigger.discard(triggerPrepared);
		throw error;
	}
	if (triggerRun) {
		const t = await triggerRun;
		results.push(...t.results);
		console.log(
			`# ${label}: trigger scenario ${t.seconds.toFixed(1)}s (polls every ${trigger.INTERVAL_S}s${t.logFile ? `, log ${path.relative(REPO, t.logFile)}` : ''})`,
		);
		for (const note of t.notes) console.log(`#   ${note}`);
	}

	await procs.stopAll();
	procs.children.length = 0;
	procs.stopping = null;
	if (!process.env.E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });

	// report
	const order = new Map(selected.map((c, i) => [c.id, i]));
	results.sort((a, b) => (order.get(a.c.id) ?? 999) - (order.get(b.c.id) ?? 999));
	console.log(`# ${label}`);
	for (const r of results) {
		const mark = r.status === 'passed' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
		const ms = r.durationMs !== undefined ? ` (${r.durationMs} ms)` : '';
		console.log(
			`${mark} ${r.c.id} — ${r.c.title}${ms}${r.status === 'skipped' ? ` — skipped: ${r.reason}` : ''}`,
		);
		if (r.status === 'failed') for (const p of r.problems) console.log(`       ${p}`);
	}
	const count = (s) => results.filter((r) => r.status === s).length;
	console.log(
		`# ${label}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped in ${((Date.now() - started) / 1000).toFixed(1)}s`,
	);
	return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };

	/** Imports and activates the case workflows (blocking CLI calls). */
	function importCases() {
		const t0 = Date.now();
		lib.n8nCli(rt, env, ['import:credentials', `--input=${files.creds}`]);
		lib.n8nCli(rt, env, ['import:workflow', `--input=${files.wfs}`]);
		const activated = lib.activateWorkflows(
			rt,
			userFolder,
			prepared.map((p) => p.workflow.id),
		);
		const importSeconds = (Date.now() - t0) / 1000;
		return { activated, importSeconds };
	}

	/** Starts the suite's main n8n, triggers every case through its webhook, checks, and stops that n8n. */
	async function runCasesInN8n({ activated, importSeconds }) {
		const logFile = path.join(ARTIFACTS, `n8n-${key}.log`);
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.rmSync(logFile, { force: true });
		const t1 = Date.now();
		const { base, entry: mainN8n } = await lib.startN8n(procs, rt, env, { logFile });
		const startSeconds = (Date.now() - t1) / 1000;
		console.log(
			`# ${label}: ${prepared.length} workflows imported and activated (${activated}) in ${importSeconds.toFixed(1)}s, n8n ready in ${startSeconds.toFixed(1)}s (log ${path.relative(REPO, logFile)})`,
		);

		// tool variant registered? (the editor's node list)
		const types = await nodeTypesOf(base);

		const runs = await runCases(base, prepared, sim, seed);
		const execs = await readExecutions(
			rt,
			userFolder,
			prepared.map((p) => p.workflow.id),
		);
		results.push(...checkCases(prepared, runs, execs, seed, sim.profile));

		// registration check of the AI tool variant in the editor's node list
		const toolCase = {
			c: {
				id: 'tool-registered',
				title: `${lib.TOOL_TYPE} is registered in the editor's node list`,
			},
		};
		if (!types)
			results.push({
				...toolCase,
				status: 'failed',
				problems: ['could not read the node types from n8n'],
			});
		else if (!types.includes(lib.TOOL_TYPE))
			results.push({
				...toolCase,
				status: 'failed',
				problems: [
					`${lib.TOOL_TYPE} missing (found ${types.filter((t) => t.includes('leonar')).join(', ') || 'no leonar types'})`,
				],
			});
		else results.push({ ...toolCase, status: 'passed', problems: [] });

		await procs.stop(mainN8n);
	}
}

/** A JSON deep copy of the simulator's collections, to replay a setup with the same record ids. */
function snapshotState(sim) {
	const out = {};
	for (const [name, value] of Object.entries(sim.state)) {
		out[name] = value instanceof Map ? [...value.entries()] : JSON.parse(JSON.stringify(value));
	}
	return JSON.parse(JSON.stringify(out));
}

function restoreState(sim, snapshot) {
	for (const [name, value] of Object.entries(snapshot)) {
		const current = sim.state[name];
		if (current instanceof Map) {
			current.clear();
			for (const [k, v] of value) current.set(k, JSON.parse(JSON.stringify(v)));
		} else if (Array.isArray(current)) {
			current.length = 0;
			current.push(...JSON.parse(JSON.stringify(value)));
		} else if (current && typeof current === 'object') {
			Object.assign(current, JSON.parse(JSON.stringify(value)));
		}
	}
}

/** Calls the simulator's API with the full-access key (used by setups, e.g. to use up a rate-limit window). */
function simHttp(sim) {
	return async (method, url, body) => {
		const res = await fetch(`${sim.url}${url}`, {
			method,
			headers: {
				authorization: `Bearer ${CREDENTIALS.full_access}`,
				'content-type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(10000),
		});
		return { status: res.status, json: await res.json().catch(() => undefined) };
	};
}

/** POSTs to a case's webhook; retries (bounded) while n8n has not registered it yet. */
async function triggerWebhook(base, webhookPath) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		let res;
		try {
			res = await fetch(`${base}/webhook/${webhookPath}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
				signal: AbortSignal.timeout(CASE_TIMEOUT_MS),
			});
		} catch (error) {
			return { status: 0, text: error.message };
		}
		const text = await res.text();
		if (res.status === 404 && /not registered/i.test(text) && Date.now() < deadline) {
			await lib.sleep(250);
			continue;
		}
		return { status: res.status, text };
	}
}

/** The node types the editor loads (GET /types/nodes.json, which needs a login in 2.x). */
async function nodeTypesOf(base) {
	try {
		const rest = await lib.ensureOwner(base);
		const res = await rest.request('GET', '/types/nodes.json', undefined, { timeoutMs: 60000 });
		const list = Array.isArray(res.json) ? res.json : res.json && res.json.data;
		return Array.isArray(list) ? list.map((t) => t.name) : undefined;
	} catch (error) {
		console.log(`# could not read node types: ${error.message}`);
		return undefined;
	}
}

async function readExecutions(rt, userFolder, ids) {
	const db = path.join(userFolder, '.n8n', 'database.sqlite');
	const deadline = Date.now() + 20_000;
	let last = {};
	for (;;) {
		const r = spawnSync(
			rt.nodeBin,
			[path.join(__dirname, 'read-executions.js'), rt.nodeModules, db, ids.join(',')],
			{
				encoding: 'utf8',
				timeout: 60000,
				maxBuffer: 256 * 1024 * 1024,
			},
		);
		if (r.status !== 0) throw new Error(`reading executions failed: ${r.stderr}`);
		last = JSON.parse(r.stdout);
		const done = ids.every(
			(id) =>
				last[id] &&
				last[id].finished !== undefined &&
				last[id].status !== 'running' &&
				last[id].status !== 'new',
		);
		if (done || Date.now() > deadline) return last;
		await lib.sleep(500);
	}
}

// ------------------------------------------------------------------ main

async function main() {
	const started = Date.now();
	procs.installSignalHandlers();
	const keys = runtime.flavoursFromEnv();
	const packageDir = process.env.E2E_PACKAGE_DIR ? path.resolve(process.env.E2E_PACKAGE_DIR) : REPO;
	if (!process.env.E2E_SKIP_BUILD && !process.env.E2E_PACKAGE_DIR) lib.buildPackage();
	const tgz = lib.packPackage(packageDir);
	const description = loadDescription(packageDir);
	const only = (process.env.E2E_ONLY || '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const ALL_CASES = [...CASES, ...exampleCases];
	const selected = only.length ? ALL_CASES.filter((c) => only.includes(c.id)) : ALL_CASES;
	const withTrigger = !process.env.E2E_SKIP_TRIGGER && trigger.selectedBy(only);
	// an unknown profile name is refused by the simulator
	const sim = await startSimulator({ port: 0, profile: process.env.E2E_SIM_PROFILE || 'default' });
	const totals = { passed: 0, failed: 0, skipped: 0 };
	try {
		for (const key of keys) {
			const r = await runSuite(key, tgz, description, sim, selected, withTrigger);
			for (const k of Object.keys(totals)) totals[k] += r[k];
		}
	} finally {
		await procs.stopAll();
		await sim.close();
	}
	console.log(
		`# total ${((Date.now() - started) / 1000).toFixed(1)}s on n8n ${keys.map((k) => runtime.FLAVOURS[k].n8nVersion).join(' + ')}`,
	);
	console.log(
		`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
	);
	process.exitCode = totals.failed ? 1 : 0;
}

// The pieces test/queue/queue.js runs the same cases with (in n8n's queue mode).
module.exports = {
	loadDescription,
	available,
	computeSeed,
	selectRunnable,
	prepareCases,
	runCases,
	checkCases,
	credentialId,
	simHttp,
	triggerWebhook,
};

if (require.main === module) {
	main().catch(async (error) => {
		console.error(`e2e: ${error.stack || error.message}`);
		await procs.stopAll();
		console.log('0 passed, 1 failed');
		process.exit(1);
	});
}
