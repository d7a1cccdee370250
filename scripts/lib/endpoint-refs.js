// Which endpoints an operation calls, read from its source: the ENDPOINTS.<name> references in
// `nodes/Leonar/actions/<resource>/<operation>.operation.ts` and the local action modules it imports.
const fs = require('fs');
const path = require('path');

const actionsDir = path.resolve(__dirname, '../../nodes/Leonar/actions');

function endpointRefs(file, seen = new Set()) {
	if (seen.has(file) || !fs.existsSync(file)) return [];
	seen.add(file);
	const source = fs.readFileSync(file, 'utf8');
	const refs = [...source.matchAll(/ENDPOINTS\.(\w+)/g)].map((m) => m[1]);
	for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
		const target = path.resolve(path.dirname(file), m[1]);
		if (target.startsWith(actionsDir)) refs.push(...endpointRefs(`${target}.ts`, seen));
	}
	return refs;
}

/** The ENDPOINTS names an operation uses, or undefined when its file is not found. */
function operationEndpointNames(resource, operation) {
	const dir = path.join(actionsDir, resource);
	for (const name of [`${operation}.operation.ts`, `${operation === 'delete' ? 'del' : operation}.operation.ts`]) {
		const file = path.join(dir, name);
		if (fs.existsSync(file)) return [...new Set(endpointRefs(file))];
	}
	return undefined;
}

module.exports = { operationEndpointNames };
