'use strict';
/*
 * npm run probe -- --spec <file or URL>: compares what the node assumes about Leonar's API with an
 * OpenAPI 3 document (JSON; YAML when a YAML parser is already installed).
 *
 * The node's side: the endpoint table compiled into dist/ (method, path, scope, evidence) and, for
 * the query parameters, body fields, enums and pagination the node's guesses imply,
 * test/simulator/openapi.json (the simulator validates every request the node sends against it, so
 * it holds every parameter and field the node may send). Reported: every operation the document
 * has that the node lacks, every node endpoint the document does not know, and for the others every
 * difference in method/path, scope, evidence (when the document says), query parameters, body
 * fields, enum values and pagination style.
 */
const fs = require('fs');
const path = require('path');

const { ProbeAbort } = require('./probeClient');

const ASSUMED = path.join(__dirname, '..', '..', 'test', 'simulator', 'openapi.json');
/** Where Leonar's docs site may publish its OpenAPI document (guesses, tried in order). */
const PUBLISHED = [
	'https://leonar.mintlify.app/openapi.yaml',
	'https://leonar.mintlify.app/openapi.json',
	'https://leonar.mintlify.app/api-reference/openapi.json',
];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Parses JSON, or YAML with a parser that is already installed (no new dependency). */
function parseDocument(text, where) {
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) return JSON.parse(trimmed);
	for (const name of ['yaml', 'js-yaml']) {
		let parser;
		try {
			parser = require(name);
		} catch {
			continue;
		}
		return name === 'yaml' ? parser.parse(text) : parser.load(text);
	}
	throw new Error(
		`${where} is YAML, and this repository has no YAML parser installed (the tools add no dependency): convert it to JSON and give that file to --spec`,
	);
}

async function loadDocument(source, log = () => {}) {
	const sources = source ? [source] : PUBLISHED;
	const failures = [];
	for (const where of sources) {
		try {
			let text;
			if (/^https?:\/\//.test(where)) {
				log(`fetching ${where}`);
				// No key goes with it: the document is public.
				const res = await fetch(where, { redirect: 'follow', signal: AbortSignal.timeout(10000) });
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				text = await res.text();
			} else {
				text = fs.readFileSync(where, 'utf8');
			}
			const doc = parseDocument(text, where);
			if (!doc || typeof doc !== 'object' || !doc.paths)
				throw new Error('not an OpenAPI document (no paths)');
			return { doc, where };
		} catch (error) {
			failures.push(`${where}: ${error.cause?.code || error.message}`);
			if (source) break;
		}
	}
	throw new ProbeAbort(
		`no OpenAPI document could be read (${failures.join('; ')})${source ? '' : '. Give one with --spec <file or URL>'}`,
	);
}

/** `/api/v1/contacts/{contact_id}/` → `/contacts/{}` */
function normalizePath(p) {
	return (
		p
			.replace(/^\/api\/v1(?=\/)/, '')
			.replace(/\{[^}]+\}/g, '{}')
			.replace(/\/+$/, '') || '/'
	);
}

function resolve(doc, node, seen = new Set()) {
	if (!node || typeof node !== 'object' || !node.$ref) return node;
	if (seen.has(node.$ref)) return {};
	seen.add(node.$ref);
	const target = node.$ref
		.replace(/^#\//, '')
		.split('/')
		.reduce(
			(value, key) => (value ? value[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
			doc,
		);
	return resolve(doc, target, seen);
}

/** The operations of a document, keyed `METHOD /normalized/path`. */
function operationsOf(doc) {
	const ops = new Map();
	for (const [p, item] of Object.entries(doc.paths || {})) {
		const shared = item.parameters || [];
		for (const method of METHODS) {
			if (!item[method]) continue;
			const op = item[method];
			const params = [...shared, ...(op.parameters || [])].map((prm) => resolve(doc, prm));
			const query = new Map(
				params
					.filter((prm) => prm && prm.in === 'query')
					.map((prm) => [prm.name, resolve(doc, prm.schema) || {}]),
			);
			const bodySchema = resolve(
				doc,
				resolve(doc, op.requestBody)?.content?.['application/json']?.schema,
			);
			const body = new Map(
				Object.entries(bodySchema?.properties || {}).map(([name, schema]) => [
					name,
					resolve(doc, schema) || {},
				]),
			);
			const security = op.security ?? doc.security ?? [];
			const scopes = security.flatMap((req) => Object.values(req || {}).flat()).filter(Boolean);
			ops.set(`${method.toUpperCase()} ${normalizePath(p)}`, {
				method: method.toUpperCase(),
				path: p,
				id: op.operationId,
				scope: op['x-scope'] !== undefined ? op['x-scope'] : scopes.length ? scopes[0] : undefined,
				evidence: op['x-evidence'],
				query,
				body,
			});
		}
	}
	return ops;
}

const enumOf = (schema) => schema?.enum ?? schema?.items?.enum;

function pagination(op) {
	if (op.query.has('cursor') || op.body.has('cursor')) return 'cursor';
	if (op.body.has('page') && op.body.has('page_size')) return 'page/page_size (body)';
	if (op.query.has('limit') && op.query.has('offset')) return 'limit/offset (query)';
	if (op.body.has('limit') && op.body.has('offset')) return 'limit/offset (body)';
	return 'none';
}

function compareFields(kind, mine, theirs, say) {
	for (const name of mine.keys())
		if (!theirs.has(name))
			say(`the node assumes ${kind} "${name}", which the document does not have`);
	for (const name of theirs.keys())
		if (!mine.has(name)) say(`the document has ${kind} "${name}", which the node does not use`);
	for (const [name, schema] of mine) {
		const a = enumOf(schema);
		const b = enumOf(theirs.get(name));
		if (!a || !b) continue;
		const missing = a.filter((v) => !b.includes(v));
		const extra = b.filter((v) => !a.includes(v));
		if (missing.length || extra.length)
			say(
				`${kind} "${name}" enum differs: ${[
					missing.length && `the node assumes ${missing.join(', ')}`,
					extra.length && `the document adds ${extra.join(', ')}`,
				]
					.filter(Boolean)
					.join('; ')}`,
			);
	}
}

/**
 * Every difference between the node (endpoint table + assumed fields) and `doc`:
 * [{ kind, endpoint?, operation, message }].
 */
function compareSpec(doc, endpoints, assumedDoc = JSON.parse(fs.readFileSync(ASSUMED, 'utf8'))) {
	const theirs = operationsOf(doc);
	const assumed = operationsOf(assumedDoc);
	const differences = [];
	const matched = new Set();
	for (const [name, endpoint] of Object.entries(endpoints)) {
		const key = `${endpoint.method} ${normalizePath(endpoint.path)}`;
		const operation = `${endpoint.method} ${endpoint.path}`;
		const say = (kind) => (message) =>
			differences.push({ kind, endpoint: name, operation, message });
		const other = theirs.get(key);
		if (!other) {
			const samePath = [...theirs.values()].filter(
				(op) => normalizePath(op.path) === normalizePath(endpoint.path),
			);
			say('missing in document')(
				samePath.length
					? `the document has ${samePath.map((op) => op.method).join(', ')} on this path, not ${endpoint.method}`
					: 'the document does not know this operation',
			);
			continue;
		}
		matched.add(key);
		if (other.scope !== undefined && (other.scope ?? null) !== (endpoint.scope ?? null))
			say('scope')(
				`the node says ${endpoint.scope ?? 'no scope'}, the document ${other.scope ?? 'no scope'}`,
			);
		if (other.evidence && other.evidence !== endpoint.evidence)
			say('evidence')(`the node says ${endpoint.evidence}, the document ${other.evidence}`);
		const mine = assumed.get(key);
		if (!mine) continue;
		compareFields('query parameter', mine.query, other.query, say('query'));
		compareFields('body field', mine.body, other.body, say('body'));
		if (pagination(mine) !== pagination(other))
			say('pagination')(
				`the node pages with ${pagination(mine)}, the document with ${pagination(other)}`,
			);
	}
	for (const [key, op] of theirs) {
		if (matched.has(key)) continue;
		differences.push({
			kind: 'missing in node',
			operation: `${op.method} ${op.path}`,
			message: `the document has this operation${op.id ? ` (${op.id})` : ''}; the node does not call it`,
		});
	}
	return differences;
}

async function runSpecCheck({ source, endpoints, log = console.log, assumedDoc }) {
	const { doc, where } = await loadDocument(source, log);
	const differences = compareSpec(doc, endpoints, assumedDoc);
	log(`compared the node's ${Object.keys(endpoints).length} endpoints with ${where}`);
	for (const d of differences)
		log(`${d.kind.padEnd(20)} ${(d.endpoint ?? '-').padEnd(24)} ${d.operation}: ${d.message}`);
	log(`${differences.length} difference(s)`);
	return differences.length ? 1 : 0;
}

module.exports = {
	compareSpec,
	loadDocument,
	parseDocument,
	runSpecCheck,
	normalizePath,
	PUBLISHED,
};
