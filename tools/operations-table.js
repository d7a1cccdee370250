#!/usr/bin/env node
// Builds the README's "resource → operation → scope → endpoint" table from the node itself:
// labels and descriptions from the compiled node description, endpoints from the ENDPOINTS
// references in each operation's source (and the local modules it imports), scopes and
// evidence from the endpoint table. `--write` replaces the table in README.md.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { Leonar } = require(path.join(root, 'dist/nodes/Leonar/Leonar.node.js'));
const { ENDPOINTS } = require(path.join(root, 'dist/nodes/Leonar/transport/endpoints.js'));
const { operationEndpointNames } = require('../scripts/lib/endpoint-refs');

function table() {
	const { properties } = new Leonar().description;
	const resourceProperty = properties.find((p) => p.name === 'resource');
	const rows = [
		'| Resource | Operation | What it does | Scope | Endpoint |',
		'|---|---|---|---|---|',
	];
	for (const resource of resourceProperty.options) {
		const operationProperty = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		for (const operation of operationProperty?.options ?? []) {
			const names = operationEndpointNames(resource.value, operation.value) ?? [];
			const endpoints = names.map((name) => ENDPOINTS[name]).filter(Boolean);
			const scopes = [...new Set(endpoints.map((e) => e.scope).filter(Boolean))];
			const what = String(operation.description)
				.replace(/\s*Needs scopes? [^.]*\.\s*$/, '')
				.replace(/\|/g, '\\|');
			const endpointText = endpoints
				.map((e) => `\`${e.method} ${e.path}\`${e.evidence === 'IMPLIED' ? ' *(implied)*' : ''}`)
				.join('<br>');
			rows.push(
				`| ${resource.name} | ${operation.name} (\`${operation.value}\`) | ${what} | ${scopes.map((s) => `\`${s}\``).join(', ') || 'any key'} | ${endpointText || '—'} |`,
			);
		}
	}
	return rows.join('\n');
}

const output = table();
if (process.argv.includes('--write')) {
	const readmePath = path.join(root, 'README.md');
	const readme = fs.readFileSync(readmePath, 'utf8');
	const start = '<!-- operations-table:start -->';
	const end = '<!-- operations-table:end -->';
	const block = `${start}\n${output}\n${end}`;
	const next = readme.includes(start)
		? readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
		: readme.replace('OPERATIONS_TABLE', block);
	fs.writeFileSync(readmePath, next);
	console.log('README.md operations table updated');
} else {
	console.log(output);
}
