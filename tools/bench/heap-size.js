'use strict';
// node tools/bench/heap-size.js <file.heapsnapshot>... → live heap (sum of self sizes) and the largest object types.
const fs = require('fs');

for (const file of process.argv.slice(2)) {
	const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
	const fields = snap.snapshot.meta.node_fields;
	const types = snap.snapshot.meta.node_types[0];
	const width = fields.length;
	const iSize = fields.indexOf('self_size');
	const iType = fields.indexOf('type');
	const iName = fields.indexOf('name');
	const byKind = new Map();
	let total = 0;
	for (let i = 0; i < snap.nodes.length; i += width) {
		const size = snap.nodes[i + iSize];
		total += size;
		const type = types[snap.nodes[i + iType]];
		const key = type === 'object' ? `object ${snap.strings[snap.nodes[i + iName]]}` : type;
		byKind.set(key, (byKind.get(key) || 0) + size);
	}
	const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	console.log(`${file}: live heap ${mb(total)}`);
	for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 8))
		console.log(`  ${mb(v).padStart(10)}  ${k}`);
}
