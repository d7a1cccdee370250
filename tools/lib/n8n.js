'use strict';
/*
 * Helpers shared by tools/start.js, test/e2e/e2e.js and test/browser/browser.js: child processes that are always
 * stopped, building/packing/installing the package like Community Nodes does, the n8n environment, the
 * owner account, and small HTTP helpers. Plain CommonJS for the system Node (≥ 20).
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const { REPO, RUNTIME_DIR, run, log } = require('../runtime');

const PACKAGE = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const NODE_TYPE = `${PACKAGE.name}.leonar`;
const TOOL_TYPE = `${PACKAGE.name}.leonarTool`;

const OWNER = {
	email: process.env.N8N_OWNER_EMAIL || 'owner@example.com',
	password: process.env.N8N_OWNER_PASSWORD || 'Leonar-Demo-2026',
	firstName: 'Demo',
	lastName: 'Owner',
};

// ------------------------------------------------------------------ processes

/**
 * Children started by a script. Each runs in its own process group, so stopping it also stops what it
 * started (n8n's task runner). `stopAll` runs on normal exit, on errors and on SIGINT/SIGTERM.
 */
class Processes {
	constructor() {
		this.children = [];
		this.stopping = null;
	}

	/**
	 * Options: cwd, env, logFile (stdout and stderr appended), inherit, uid/gid (run as another user, e.g. PostgreSQL
	 * as `postgres` when this runs as root), stopSignal (the first signal `stop`/`stopAll` send; default SIGTERM).
	 */
	start(name, cmd, args, options = {}) {
		const logFile = options.logFile;
		const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
		const child = spawn(cmd, args, {
			cwd: options.cwd || REPO,
			env: options.env || process.env,
			detached: true, // own process group: kill(-pid) reaches the grandchildren too
			stdio: ['ignore', options.inherit ? 'inherit' : out, options.inherit ? 'inherit' : out],
			...(options.uid !== undefined ? { uid: options.uid } : {}),
			...(options.gid !== undefined ? { gid: options.gid } : {}),
		});
		if (typeof out === 'number') fs.closeSync(out);
		const entry = { name, child, exited: false, code: null, stopSignal: options.stopSignal };
		child.on('exit', (code, signal) => {
			entry.exited = true;
			entry.code = code ?? signal;
		});
		child.on('error', (error) => {
			entry.exited = true;
			entry.code = error.message;
		});
		this.children.push(entry);
		return entry;
	}

	/** SIGTERM (or the child's stopSignal) to each process group, then SIGKILL whatever is still there after `graceMs`. */
	stopAll(graceMs = 8000) {
		if (this.stopping) return this.stopping;
		this.stopping = (async () => {
			const alive = this.children.filter((c) => !c.exited && c.child.pid);
			for (const c of alive) signalGroup(c.child.pid, c.stopSignal || 'SIGTERM');
			const deadline = Date.now() + graceMs;
			while (alive.some((c) => !c.exited) && Date.now() < deadline) await sleep(100);
			for (const c of alive) signalGroup(c.child.pid, 'SIGKILL');
		})();
		return this.stopping;
	}

	/**
	 * Stops one child started here (SIGTERM to its process group, SIGKILL after `graceMs`, and a final SIGKILL
	 * for whatever of its group is left) and forgets it. Resolves once it has exited.
	 */
	async stop(entry, graceMs = 8000) {
		if (entry.child.pid && !entry.exited) {
			signalGroup(entry.child.pid, entry.stopSignal || 'SIGTERM');
			const deadline = Date.now() + graceMs;
			while (!entry.exited && Date.now() < deadline) await sleep(100);
		}
		if (entry.child.pid && !entry.exited) signalGroup(entry.child.pid, 'SIGKILL');
		else if (entry.child.pid) {
			try {
				process.kill(-entry.child.pid, 'SIGKILL'); // the rest of its group (task runner), never a reused pid
			} catch {
				/* group gone */
			}
		}
		const killedAt = Date.now();
		while (!entry.exited && Date.now() - killedAt < 5000) await sleep(100);
		const index = this.children.indexOf(entry);
		if (index >= 0) this.children.splice(index, 1);
	}

	/** Synchronous last resort for process.on('exit'). */
	killAllSync() {
		for (const c of this.children) if (c.child.pid) signalGroup(c.child.pid, 'SIGKILL');
	}

	/** Stop children on Ctrl-C / SIGTERM / uncaught errors, then exit with `code`. */
	installSignalHandlers(onSignal) {
		const handler = (signal) => {
			process.stderr.write(`\n${signal}: stopping everything this script started...\n`);
			Promise.resolve(onSignal && onSignal(signal))
				.catch(() => {})
				.then(() => this.stopAll())
				.finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
		};
		process.once('SIGINT', handler);
		process.once('SIGTERM', handler);
		process.once('SIGHUP', handler);
		process.on('exit', () => this.killAllSync());
	}
}

function signalGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			/* already gone */
		}
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when something already listens on host:port. */
function portInUse(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host });
		socket.setTimeout(1000);
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', () => resolve(false));
	});
}

/** A free TCP port chosen by the OS. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

// ------------------------------------------------------------------ the package

function buildPackage() {
	log('building the package (npm run build)');
	const { seconds } = run('npm', ['run', 'build', '--silent'], { cwd: REPO, quiet: true });
	log(`built (${seconds}s)`);
}

/** `npm pack` into .n8n-runtime/ and return the tarball's path. */
function packPackage(packageDir = REPO) {
	fs.mkdirSync(RUNTIME_DIR, { recursive: true });
	const { stdout } = run('npm', ['pack', '--silent', '--pack-destination', RUNTIME_DIR], {
		cwd: packageDir,
		quiet: true,
	});
	const file = stdout.trim().split('\n').pop();
	const tgz = path.join(RUNTIME_DIR, file);
	if (!fs.existsSync(tgz)) throw new Error(`npm pack did not produce ${tgz}`);
	return tgz;
}

/**
 * Installs the tarball the way n8n's Community Nodes installer does (community-packages.service
 * `downloadPackage`): untar into `<userFolder>/.n8n/nodes/node_modules/<name>`, drop dev/peer/optional
 * dependencies, install runtime dependencies only, and list the package in `.n8n/nodes/package.json`.
 */
function installPackage(userFolder, tgz) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE.name);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	run('tar', ['-xzf', tgz, '-C', target, '--strip-components=1'], { quiet: true });
	const pkgFile = path.join(target, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
	delete pkg.devDependencies;
	delete pkg.peerDependencies;
	delete pkg.optionalDependencies;
	fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
	if (pkg.dependencies && Object.keys(pkg.dependencies).length) {
		run(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
				'--omit=dev',
			],
			{ cwd: target, quiet: true },
		);
	}
	const listFile = path.join(nodesDir, 'package.json');
	const list = readJson(listFile) || { name: 'installed-nodes', private: true, dependencies: {} };
	list.dependencies = { ...(list.dependencies || {}), [PACKAGE.name]: pkg.version };
	fs.writeFileSync(listFile, JSON.stringify(list, null, 2));
	return target;
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

// ------------------------------------------------------------------ n8n

/**
 * The environment n8n runs with: its own user folder and encryption key, sqlite, no telemetry, version checks,
 * templates or banners, listening on 127.0.0.1 only, the task broker on its own port, community packages on.
 */
function n8nEnv(rt, { userFolder, port, brokerPort, extra = {} }) {
	const env = {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'leonar-local-runtime-encryption-key-01',
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		NODE_ENV: 'production',
		...rt.flavour.extraEnv,
		...extra,
	};
	// the system npm config may point native builds elsewhere; n8n itself does not need npm at runtime
	delete env.NODE_OPTIONS;
	return env;
}

/** Runs an n8n CLI command (import:credentials, import:workflow, ...) and returns its output. */
function n8nCli(rt, env, args, timeoutMs = 120000) {
	const result = spawnSync(rt.nodeBin, [rt.n8nEntry, ...args], {
		env,
		encoding: 'utf8',
		timeout: timeoutMs,
		cwd: env.N8N_USER_FOLDER,
	});
	if (result.error || result.status !== 0) {
		throw new Error(
			`n8n ${args.join(' ')} failed (${result.error ? result.error.message : `exit ${result.status}`}):\n${(result.stdout || '').slice(-3000)}\n${(result.stderr || '').slice(-3000)}`,
		);
	}
	return result.stdout;
}

/**
 * Marks imported workflows active before `n8n start` (imports are always inactive; this is what
 * `update:workflow --active=true` / `publish:workflow` write). Runs with the flavour's Node because
 * sqlite3 is compiled for it.
 */
function activateWorkflows(rt, userFolder, ids) {
	const db = path.join(userFolder, '.n8n', 'database.sqlite');
	const script = `
		const sqlite3 = require(${JSON.stringify(path.join(rt.nodeModules, 'sqlite3'))});
		const ids = ${JSON.stringify(ids)};
		const db = new sqlite3.Database(${JSON.stringify(db)});
		db.all("PRAGMA table_info(workflow_entity)", (err, cols) => {
			if (err) { console.error(err.message); process.exit(1); }
			const hasVersion = cols.some((c) => c.name === 'activeVersionId');
			const sql = 'UPDATE workflow_entity SET active = 1' + (hasVersion ? ', activeVersionId = versionId' : '') +
				' WHERE id IN (' + ids.map(() => '?').join(',') + ')';
			db.run(sql, ids, function (e) { if (e) { console.error(e.message); process.exit(1); } console.log(this.changes); db.close(); });
		});`;
	const result = spawnSync(rt.nodeBin, ['-e', script], { encoding: 'utf8', timeout: 60000 });
	if (result.status !== 0) throw new Error(`activating workflows failed: ${result.stderr}`);
	return Number(result.stdout.trim());
}

/** Starts `n8n start` and waits until the REST API answers. */
async function startN8n(procs, rt, env, { logFile, timeoutMs = 120000 } = {}) {
	const entry = procs.start(`n8n ${rt.flavour.n8nVersion}`, rt.nodeBin, [rt.n8nEntry, 'start'], {
		env,
		logFile,
		cwd: env.N8N_USER_FOLDER,
	});
	const base = `http://127.0.0.1:${env.N8N_PORT}`;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (entry.exited) {
			throw new Error(
				`n8n exited during start (${entry.code}); see ${logFile}:\n${tail(logFile, 40)}`,
			);
		}
		if (Date.now() > deadline)
			throw new Error(
				`n8n did not become ready within ${timeoutMs / 1000}s; see ${logFile}:\n${tail(logFile, 40)}`,
			);
		try {
			const res = await fetch(`${base}/rest/settings`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) break;
		} catch {
			/* not yet */
		}
		await sleep(250);
	}
	await webhooksMounted(base, entry);
	return { entry, base };
}

/**
 * Waits (≤ 30 s) until n8n serves production webhooks: its REST API answers a moment before the webhook
 * routes are mounted, and a webhook called meanwhile gets Express's "Cannot POST /webhook/…" (or, earlier
 * still, a "starting up" page) instead of n8n's own answer. Ready means n8n's own answer for a webhook
 * nobody registered: "The requested webhook … is not registered".
 */
async function webhooksMounted(base, entry, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && !entry.exited) {
		try {
			const res = await fetch(`${base}/webhook/leonar-readiness-probe`, {
				method: 'POST',
				signal: AbortSignal.timeout(2000),
			});
			if (/is not registered/.test(await res.text())) return true;
		} catch {
			/* not yet */
		}
		await sleep(200);
	}
	return false;
}

function tail(file, lines) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

// ------------------------------------------------------------------ REST helpers

/** A tiny cookie-keeping client for n8n's internal REST API (what the editor uses). */
class RestClient {
	constructor(base) {
		this.base = base;
		this.cookie = '';
	}

	async request(method, url, body, { timeoutMs = 30000 } = {}) {
		const res = await fetch(`${this.base}${url}`, {
			method,
			headers: {
				'content-type': 'application/json',
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(timeoutMs),
		});
		const setCookie = res.headers.getSetCookie ? res.headers.getSetCookie() : [];
		for (const c of setCookie) {
			const pair = c.split(';')[0];
			if (pair.startsWith('n8n-auth=')) this.cookie = pair;
		}
		const text = await res.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		return { status: res.status, json, text };
	}
}

/**
 * Creates the owner account without the sign-up screen (idempotent: an existing owner is kept) and
 * logs in. Returns the logged-in RestClient.
 */
async function ensureOwner(base, owner = OWNER) {
	const rest = new RestClient(base);
	// On a loaded machine n8n can answer before its REST routes are registered (404/503).
	let settings;
	for (let attempt = 1; ; attempt++) {
		settings = await rest.request('GET', '/rest/settings');
		if (settings.status === 200 || attempt >= 60) break;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	const needsSetup = settings.json?.data?.userManagement?.showSetupOnFirstLoad;
	if (needsSetup) {
		const res = await rest.request('POST', '/rest/owner/setup', owner);
		if (res.status !== 200)
			throw new Error(`owner setup failed: HTTP ${res.status} ${res.text.slice(0, 300)}`);
	}
	// Same for the login route: ask again for up to a minute before calling the login failed.
	let login;
	for (let attempt = 1; ; attempt++) {
		login = await rest.request('POST', '/rest/login', {
			emailOrLdapLoginId: owner.email,
			email: owner.email,
			password: owner.password,
		});
		if (![404, 502, 503].includes(login.status) || attempt >= 60) break;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	if (login.status !== 200) {
		throw new Error(
			`login as ${owner.email} failed (HTTP ${login.status}). If this user folder has an owner with another password, delete it or set N8N_OWNER_EMAIL/N8N_OWNER_PASSWORD.`,
		);
	}
	return rest;
}

module.exports = {
	PACKAGE,
	NODE_TYPE,
	TOOL_TYPE,
	OWNER,
	Processes,
	sleep,
	portInUse,
	freePort,
	buildPackage,
	packPackage,
	installPackage,
	n8nEnv,
	n8nCli,
	activateWorkflows,
	startN8n,
	ensureOwner,
	RestClient,
	tail,
	readJson,
};
