#!/usr/bin/env node
// Builds two generated tables from the compiled node (run `npm run build` first):
// - README.md: resource → operation → scope → endpoint, from each operation's own declaration
//   (label, summary, declared endpoints);
// - docs/api-evidence.md: every endpoint of the endpoint table with its scope, evidence level
//   and the operations that call it.
// `--write` replaces both tables in place; without it, the README table is printed.
// `--check` exits 1 when either file is out of date (CI runs it).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { RESOURCES } = require(path.join(root, 'dist/nodes/Leonar/actions/index.js'));
const { endpointsOf } = require(path.join(root, 'dist/nodes/Leonar/actions/operation.js'));
const { scopeSentence } = require(path.join(root, 'dist/nodes/Leonar/actions/resource.js'));
const { ENDPOINTS } = require(path.join(root, 'dist/nodes/Leonar/transport/endpoints.js'));

const cell = (text) => String(text).replace(/\|/g, '\\|');
const route = (e) => `\`${e.method} ${e.path}\``;

function operationsTable() {
	const rows = [
		'| Resource | Operation | What it does | Scope | Endpoint |',
		'|---|---|---|---|---|',
	];
	for (const resource of RESOURCES) {
		for (const operation of [...resource.operations].sort((a, b) =>
			a.label.localeCompare(b.label),
		)) {
			const endpoints = endpointsOf(operation);
			const scope = scopeSentence(operation)
				.replace(/^Needs (no )?scopes? ?/, '')
				.replace(/\.$/, '');
			const endpointText = endpoints
				.map((e) => `${route(e)}${e.evidence === 'IMPLIED' ? ' *(implied)*' : ''}`)
				.join('<br>');
			rows.push(
				`| ${resource.label} | ${operation.label} (\`${operation.value}\`) | ${cell(operation.summary)} | ${cell(scope) || 'any key'} | ${endpointText || '—'} |`,
			);
		}
	}
	return rows.join('\n');
}

function endpointsTable() {
	const users = new Map();
	for (const resource of RESOURCES) {
		for (const operation of resource.operations) {
			for (const endpoint of endpointsOf(operation)) {
				const list = users.get(endpoint) ?? [];
				list.push(`${resource.label} › ${operation.label}`);
				users.set(endpoint, list);
			}
		}
	}
	const rows = ['| Name | Endpoint | Scope | Evidence | Used by |', '|---|---|---|---|---|'];
	for (const [name, e] of Object.entries(ENDPOINTS)) {
		const usedBy = [...new Set(users.get(e) ?? [])].join(', ') || 'lists, dropdowns or the trigger';
		rows.push(
			`| \`${name}\` | ${route(e)} | ${e.scope ? `\`${e.scope}\`` : 'none'} | ${e.evidence} | ${usedBy} |`,
		);
	}
	return rows.join('\n');
}

function replaceBlock(file, marker, content) {
	const full = path.join(root, file);
	const text = fs.readFileSync(full, 'utf8');
	const start = `<!-- ${marker}:start -->`;
	const end = `<!-- ${marker}:end -->`;
	if (!text.includes(start)) throw new Error(`${file} has no ${start} marker`);
	const next = text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${content}\n${end}`);
	return { full, text, next };
}

const targets = [
	replaceBlock('README.md', 'operations-table', operationsTable()),
	replaceBlock('docs/api-evidence.md', 'endpoints', endpointsTable()),
];
if (process.argv.includes('--write')) {
	for (const { full, next } of targets) fs.writeFileSync(full, next);
	console.log('README.md operations table and docs/api-evidence.md endpoint table updated');
} else if (process.argv.includes('--check')) {
	const stale = targets
		.filter(({ text, next }) => text !== next)
		.map(({ full }) => path.relative(root, full));
	if (stale.length) {
		console.error(`out of date (run node tools/operations-table.js --write): ${stale.join(', ')}`);
		process.exit(1);
	}
	console.log('generated tables are up to date');
} else {
	console.log(operationsTable());
}
