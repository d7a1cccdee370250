#!/usr/bin/env node
'use strict';
/*
 * npm run probe — a read-only conformance check of the node's guesses against a live Leonar key.
 *
 *   LEONAR_API_KEY=leo_… [LEONAR_BASE_URL=https://app.leonar.app/api/v1] npm run probe [-- --out report.json]
 *   npm run probe -- --spec <file or URL>     compare the node's endpoint table with an OpenAPI 3 document
 *   npm run probe -- --spec                   the same with the document at Leonar's docs site (a guess)
 *
 * Before probing, it looks for that published document (no key is sent there; --no-spec-fetch skips it).
 *
 * The probe checks every endpoint the node calls that Leonar does not document (IMPLIED, CODE) and
 * every filter or field it assumes (tools/lib/assumptions.js), with GETs and read-only searches only:
 * nothing is created, changed or deleted, no credit is spent (the advanced profile search is never
 * called), at most 60 requests, paced on the X-RateLimit-* headers. It prints one progress line per
 * check, then a table (verified / contradicted / not checkable, naming a missing scope), and writes a
 * JSON report whose entries carry the endpoint names of nodes/Leonar/transport/endpoints.ts.
 * It reads the endpoint table compiled into dist/ (npm run build).
 */
const fs = require('fs');
const path = require('path');

const { checks, discover, ProbeContext, CONTRADICTED, VERIFIED } = require('./lib/assumptions');
const { createClient, ProbeAbort, MAX_REQUESTS } = require('./lib/probeClient');

const REPO = path.join(__dirname, '..');
const DEFAULT_BASE_URL = 'https://app.leonar.app/api/v1';

function loadEndpoints() {
	const compiled = path.join(REPO, 'dist', 'nodes', 'Leonar', 'transport', 'endpoints.js');
	if (!fs.existsSync(compiled))
		throw new ProbeAbort('dist/ has no endpoint table: run `npm run build` first');
	return require(compiled).ENDPOINTS;
}

/** Runs every check; returns the report (no key in it). `log` gets the progress lines. */
async function runProbe({ apiKey, baseUrl, endpoints, log = () => {}, sleep }) {
	if (!apiKey || !/^leo_/.test(apiKey))
		throw new ProbeAbort('set LEONAR_API_KEY to a Leonar API key (it starts with leo_)');
	const client = createClient({ apiKey, baseUrl, sleep });
	const ctx = new ProbeContext(client, endpoints);
	const startedAt = new Date().toISOString();
	log(`probing ${baseUrl} (read-only, at most ${MAX_REQUESTS} requests)`);
	await discover(ctx);
	const all = checks(endpoints);
	const results = [];
	for (const [index, check] of all.entries()) {
		let verdict;
		try {
			verdict = await check.run(ctx);
		} catch (error) {
			if (error instanceof ProbeAbort) throw error;
			verdict = { result: 'not checkable', detail: `probe error: ${error.message}` };
		}
		const endpoint = check.endpoint ? endpoints[check.endpoint] : undefined;
		const entry = {
			check: check.id,
			assumption: check.assumption,
			title: check.title,
			endpoint: check.endpoint,
			...(endpoint
				? { method: endpoint.method, path: endpoint.path, evidence: endpoint.evidence }
				: {}),
			...verdict,
		};
		if (check.id.startsWith('endpoint:') && verdict.result !== 'not checkable')
			entry.observed = verdict.result === VERIFIED ? 'exists' : 'missing';
		results.push(entry);
		log(
			`[${String(index + 1).padStart(2)}/${all.length}] ${check.id.padEnd(40)} ${verdict.result}: ${verdict.detail}`,
		);
	}
	const summary = { verified: 0, contradicted: 0, 'not checkable': 0 };
	for (const entry of results) summary[entry.result]++;
	return {
		tool: 'n8n-nodes-leonar probe',
		baseUrl,
		startedAt,
		requests: client.count,
		summary,
		results,
		// One line per endpoint to correct in nodes/Leonar/transport/endpoints.ts.
		endpointFindings: results
			.filter((r) => r.observed)
			.map((r) => ({
				endpoint: r.endpoint,
				evidence: r.evidence,
				observed: r.observed,
				action:
					r.observed === 'missing'
						? `${r.endpoint}: this Leonar API does not offer ${r.method} ${r.path}; correct the method or path, or mark the operation unsupported`
						: `${r.endpoint}: ${r.method} ${r.path} exists on the live API (evidence ${r.evidence})`,
			})),
	};
}

function table(report) {
	const rows = report.results.map((r) => [
		r.check,
		r.endpoint ?? '',
		r.result,
		r.detail.length > 90 ? `${r.detail.slice(0, 89)}…` : r.detail,
	]);
	const head = ['check', 'endpoint', 'result', 'detail'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function argValue(argv, name) {
	const i = argv.indexOf(`--${name}`);
	if (i === -1) return undefined;
	const next = argv[i + 1];
	return next && !next.startsWith('--') ? next : true;
}

async function main(argv = process.argv.slice(2)) {
	if (argv.includes('--help')) {
		console.log(
			fs
				.readFileSync(__filename, 'utf8')
				.split('*/')[0]
				.replace(/^[\s\S]*?\/\*\n/, ''),
		);
		return 0;
	}
	const endpoints = loadEndpoints();
	const spec = argValue(argv, 'spec');
	if (spec !== undefined) {
		const { runSpecCheck } = require('./lib/spec');
		return await runSpecCheck({
			source: spec === true ? undefined : spec,
			endpoints,
			log: console.log,
		});
	}
	const baseUrl = (process.env.LEONAR_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
	// A document Leonar publishes beats guessing: try its docs site first (no key is sent there).
	let specDifferences;
	if (!argv.includes('--no-spec-fetch')) {
		const { compareSpec, loadDocument } = require('./lib/spec');
		try {
			const { doc, where } = await loadDocument(undefined);
			specDifferences = compareSpec(doc, endpoints);
			console.log(
				`Leonar publishes an OpenAPI document (${where}): ${specDifferences.length} difference(s) with the node; details: npm run probe -- --spec ${where}`,
			);
		} catch {
			console.log(
				"no OpenAPI document found at Leonar's docs site (--spec <file or URL> compares one); probing",
			);
		}
	}
	const report = await runProbe({
		apiKey: process.env.LEONAR_API_KEY,
		baseUrl,
		endpoints,
		log: (text) => console.log(text),
	});
	if (specDifferences) report.specDifferences = specDifferences;
	console.log(`\n${table(report)}\n`);
	const { verified, contradicted } = report.summary;
	console.log(
		`${verified} verified, ${contradicted} contradicted, ${report.summary['not checkable']} not checkable; ${report.requests} requests`,
	);
	const out = path.resolve(
		typeof argValue(argv, 'out') === 'string'
			? argValue(argv, 'out')
			: `leonar-probe-${report.startedAt.replace(/[:.]/g, '-')}.json`,
	);
	fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
	console.log(`report: ${out}`);
	return report.results.some((r) => r.result === CONTRADICTED) ? 2 : 0;
}

if (require.main === module) {
	main().then(
		(code) => process.exit(code),
		(error) => {
			console.error(`probe: ${error instanceof ProbeAbort ? error.message : error.stack}`);
			process.exit(1);
		},
	);
}

module.exports = { runProbe, table, main };
