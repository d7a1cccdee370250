#!/usr/bin/env node
'use strict';
/*
 * Import cycles between the package's TypeScript modules.
 *
 *   node tools/check-cycles.js              # nodes/ and credentials/ of this repository
 *   node tools/check-cycles.js <dir>...     # other folders (paths printed relative to the current directory)
 *   node tools/check-cycles.js --self-test  # proves on a temporary fixture that a cycle is found
 *
 * Reads every .ts file (not .d.ts), follows its relative imports ('./x', '../x'; a folder means its
 * index.ts) and finds the strongly connected components of that graph (Tarjan). Each component is printed
 * as one or more cycles `a.ts -> b.ts -> ... -> a.ts` that together cover all of its modules; exit 1.
 * Without any: `no import cycles in N modules`, exit 0.
 *
 * What counts as an edge: a value import, i.e. what can still be in the compiled JavaScript and load the
 * other module while this one is loading — `import x from`, `import { x } from`, `import * as x from`,
 * `import './x'`, `export * from`, `export { x } from`, `import x = require()`, `require('./x')`.
 * Type-only imports are erased by the compiler and cannot make a runtime cycle, so they are ignored:
 * `import type`, `export type`, and `import { type A, type B }` where every name is a type.
 * `import()` (loaded later, on call) is ignored too. Files are parsed with the TypeScript compiler
 * (a devDependency already), so comments and strings never count as imports.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..');
const DEFAULT_DIRS = ['nodes', 'credentials'];

/** Every .ts file (not .d.ts) under `dir`, absolute and sorted. */
function listModules(dir) {
	const out = [];
	const walk = (current) => {
		for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
			if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
		}
	};
	walk(dir);
	return out.sort();
}

/** The relative module specifiers of a file's value imports (see the header for what counts). */
function valueImports(file) {
	const source = ts.createSourceFile(
		file,
		fs.readFileSync(file, 'utf8'),
		ts.ScriptTarget.Latest,
		true,
	);
	const specifiers = [];
	const add = (node) => {
		if (node && ts.isStringLiteral(node) && /^\.\.?(\/|$)/.test(node.text))
			specifiers.push(node.text);
	};
	const allTypes = (elements) => elements.length > 0 && elements.every((e) => e.isTypeOnly);

	const visit = (node) => {
		if (ts.isImportDeclaration(node)) {
			const clause = node.importClause;
			const typeOnly =
				clause &&
				(clause.isTypeOnly ||
					(!clause.name &&
						clause.namedBindings &&
						ts.isNamedImports(clause.namedBindings) &&
						allTypes(clause.namedBindings.elements)));
			if (!typeOnly) add(node.moduleSpecifier);
			return;
		}
		if (ts.isExportDeclaration(node)) {
			if (!node.moduleSpecifier) return;
			const typeOnly =
				node.isTypeOnly ||
				(node.exportClause &&
					ts.isNamedExports(node.exportClause) &&
					allTypes(node.exportClause.elements));
			if (!typeOnly) add(node.moduleSpecifier);
			return;
		}
		if (ts.isImportEqualsDeclaration(node)) {
			if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) {
				add(node.moduleReference.expression);
			}
			return;
		}
		if (
			ts.isCallExpression(node) &&
			ts.isIdentifier(node.expression) &&
			node.expression.text === 'require' &&
			node.arguments.length === 1
		) {
			add(node.arguments[0]);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return specifiers;
}

/** The module file a relative specifier names, or undefined when it is not one of `known`. */
function resolveImport(fromFile, specifier, known) {
	const base = path.resolve(path.dirname(fromFile), specifier);
	const candidates = [
		base,
		`${base}.ts`,
		path.join(base, 'index.ts'),
		base.replace(/\.js$/, '.ts'), // `from './x.js'` written for ESM resolution
	];
	return candidates.find((c) => known.has(c));
}

/** The import graph: module → the modules it value-imports (sorted, no duplicates). */
function buildGraph(files) {
	const known = new Set(files);
	const graph = new Map();
	for (const file of files) {
		const targets = new Set();
		for (const specifier of valueImports(file)) {
			const target = resolveImport(file, specifier, known);
			if (target) targets.add(target);
		}
		graph.set(file, [...targets].sort());
	}
	return graph;
}

/** Tarjan's strongly connected components; only those that hold a cycle (size > 1, or a self-import). */
function cyclicComponents(graph) {
	let index = 0;
	const indices = new Map();
	const low = new Map();
	const onStack = new Set();
	const stack = [];
	const components = [];

	const strongConnect = (v) => {
		indices.set(v, index);
		low.set(v, index);
		index++;
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v)) {
			if (!indices.has(w)) {
				strongConnect(w);
				low.set(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.has(w)) {
				low.set(v, Math.min(low.get(v), indices.get(w)));
			}
		}
		if (low.get(v) === indices.get(v)) {
			const component = [];
			let w;
			do {
				w = stack.pop();
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			if (component.length > 1 || graph.get(v).includes(v)) components.push(component.sort());
		}
	};

	for (const v of [...graph.keys()].sort()) if (!indices.has(v)) strongConnect(v);
	return components.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The shortest cycle through `start` inside one component, as [start, ..., start]. */
function shortestCycle(graph, component, start) {
	const inside = new Set(component);
	const previous = new Map([[start, null]]);
	const queue = [start];
	while (queue.length) {
		const v = queue.shift();
		for (const w of graph.get(v)) {
			if (!inside.has(w)) continue;
			if (w === start) {
				const cycle = [start];
				for (let x = v; x !== start; x = previous.get(x)) cycle.splice(1, 0, x);
				cycle.push(start);
				return cycle;
			}
			if (!previous.has(w)) {
				previous.set(w, v);
				queue.push(w);
			}
		}
	}
	return [start, start];
}

/** The same cycle, starting (and ending) at its alphabetically first module. */
function rotateToSmallest(cycle) {
	const ring = cycle.slice(0, -1);
	const first = ring.indexOf([...ring].sort()[0]);
	const rotated = [...ring.slice(first), ...ring.slice(0, first)];
	return [...rotated, rotated[0]];
}

/** Cycles that together pass through every module of every cyclic component. */
function findCycles(graph) {
	const cycles = [];
	const components = cyclicComponents(graph);
	for (const component of components) {
		const covered = new Set();
		for (const module of component) {
			if (covered.has(module)) continue;
			const cycle = shortestCycle(graph, component, module);
			for (const m of cycle) covered.add(m);
			cycles.push(rotateToSmallest(cycle));
		}
	}
	return { components, cycles };
}

/** Checks the .ts modules under `dirs`; paths in the result are relative to `base`. */
function check(dirs, base) {
	const files = dirs.flatMap((dir) => (fs.existsSync(dir) ? listModules(dir) : []));
	const graph = buildGraph([...new Set(files)]);
	const { components, cycles } = findCycles(graph);
	const name = (file) => path.relative(base, file).split(path.sep).join('/');
	return {
		modules: graph.size,
		components: components.map((c) => c.map(name)),
		cycles: cycles.map((c) => c.map(name)),
	};
}

function report(result) {
	if (!result.cycles.length) {
		console.log(`no import cycles in ${result.modules} modules`);
		return 0;
	}
	console.log('import cycles (value imports; `import type` / `export type` are not counted):');
	for (const cycle of result.cycles) console.log(`  ${cycle.join(' -> ')}`);
	const inCycles = result.components.reduce((n, c) => n + c.length, 0);
	console.log(
		`${result.components.length} cyclic group(s), ${inCycles} of ${result.modules} modules, ${result.cycles.length} cycle(s) shown`,
	);
	return 1;
}

// ------------------------------------------------------------------ self-test

function selfTest() {
	const assert = require('assert');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cycles-'));
	const files = {
		// the value cycle a -> b -> c -> a
		'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
		'b.ts': "import * as c from './c';\nexport const b = () => c.c();\n",
		'c.ts': "export { a as c } from './a';\n",
		// acyclic: d -> e/index.ts (folder import) -> f; f's way back to d is type-only, three ways
		'd.ts': "import { e } from './e';\nexport interface D { n: number }\nexport const d = e;\n",
		'e/index.ts': "export * from '../f';\nexport const e = 1;\n",
		'f.ts': [
			"import type { D } from './d';",
			"import { type D as D2 } from './d';",
			"export type { D as D3 } from './d';",
			"// import { d } from './d';",
			'const text = "import { d } from \'./d\'";',
			'export const f = (x: D, y: D2): string => text + x.n + y.n;',
			'',
		].join('\n'),
		// a module outside any cycle that imports into one
		'g.ts': "import './a';\nimport { f } from './f';\nexport const g = f;\n",
	};
	try {
		for (const [name, text] of Object.entries(files)) {
			fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
			fs.writeFileSync(path.join(dir, name), text);
		}
		const result = check([dir], dir);
		assert.strictEqual(result.modules, 7);
		assert.deepStrictEqual(result.components, [['a.ts', 'b.ts', 'c.ts']]);
		assert.deepStrictEqual(result.cycles, [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
		// and with the cycle broken by turning its back edge into a type-only export, nothing is left
		fs.writeFileSync(path.join(dir, 'c.ts'), "export type { A as C } from './a';\n");
		assert.deepStrictEqual(check([dir], dir).cycles, []);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
	console.log(
		'check-cycles self-test: ok (a.ts -> b.ts -> c.ts -> a.ts found; type-only back edges ignored)',
	);
}

module.exports = { check, valueImports, buildGraph, findCycles };

if (require.main === module) {
	const args = process.argv.slice(2);
	if (args.includes('--self-test')) {
		selfTest();
		process.exit(0);
	}
	const dirs = args.length
		? args.map((d) => path.resolve(d))
		: DEFAULT_DIRS.map((d) => path.join(REPO, d));
	const missing = args.length ? dirs.filter((d) => !fs.existsSync(d)) : [];
	if (missing.length) {
		console.error(`check-cycles: no such folder: ${missing.join(', ')}`);
		process.exit(2);
	}
	process.exit(report(check(dirs, args.length ? process.cwd() : REPO)));
}
