#!/usr/bin/env node
// n8n's verified-node scanner (@n8n/scan-community-package), run offline: the same ESLint
// analysis it applies to the provenance-attested source ({nodes,credentials}/**, package.json,
// inline eslint-disable comments ignored) and to the npm tarball (**/*.js, package.json).
// Its provenance and download steps need the npm registry and GitHub and are not run here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const work = mkdtempSync(join(tmpdir(), 'leonar-scan-'));
let failed = 0;
try {
	const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: root,
	})
		.toString()
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['-xzf', join(work, packed), '-C', work]);
	const tarballDir = join(work, 'package');
	const pkg = JSON.parse(readFileSync(join(tarballDir, 'package.json'), 'utf8'));
	const checks = [
		['source (nodes, credentials, package.json)', await analyzePackage(root, SOURCE_FILE_PATTERNS)],
		[
			`tarball ${packed} (**/*.js, package.json)`,
			await analyzePackage(tarballDir, ['**/*.js', 'package.json']),
		],
	];
	const runtimeDeps = Object.keys(pkg.dependencies ?? {});
	checks.push([
		'no runtime dependencies',
		runtimeDeps.length
			? { passed: false, message: `dependencies: ${runtimeDeps.join(', ')}` }
			: { passed: true },
	]);
	for (const [name, result] of checks) {
		console.log(
			`${result.passed ? 'ok  ' : 'FAIL'} ${name}${result.message ? ` — ${result.message}` : ''}`,
		);
		if (result.details) console.log(result.details);
		if (!result.passed) failed++;
	}
	console.log(`scan: ${checks.length - failed} passed, ${failed} failed`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
