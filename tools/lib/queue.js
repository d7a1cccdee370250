'use strict';
/*
 * n8n in queue mode on this machine, started and stopped by the project's own scripts (test/queue, the bench):
 *
 *   PostgreSQL  Debian's postgresql (/usr/lib/postgresql/<v>/bin), a fresh cluster in a temporary folder, on a
 *               loopback port; as the `postgres` user (or `nobody`) when this runs as root, since initdb refuses root
 *   Redis       Debian's redis-server on a loopback port, nothing saved to disk
 *   n8n         2.41.1 from .n8n-runtime: one main (`n8n start`, EXECUTIONS_MODE=queue) and N `n8n worker`
 *               processes, each with its own user folder (the package installed in each, like Community Nodes
 *               does) and task-broker port, sharing the database, Redis and N8N_ENCRYPTION_KEY
 *
 * The Debian packages are installed with apt-get when missing (`apt-get update` once first; needs root).
 * Everything started here is stopped by `stack.stop()` (workers, main, Redis, PostgreSQL, in that order) and, as a
 * last resort, by the caller's lib.Processes on exit and signals; the temporary folders are removed.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const runtime = require('../runtime');
const lib = require('./n8n');

const DB_NAME = 'n8n';
const DB_USER = 'n8n';

// ------------------------------------------------------------------ Debian packages

function pgBinDir() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

function redisBin() {
	for (const dir of (process.env.PATH || '').split(path.delimiter).concat(['/usr/bin'])) {
		const file = path.join(dir, 'redis-server');
		if (fs.existsSync(file)) return file;
	}
	return undefined;
}

/** Installs PostgreSQL and Redis from Debian packages when missing; returns { pgBin, redis, installedSeconds }. */
function ensureServices(say = runtime.log) {
	const missing = [];
	if (!pgBinDir()) missing.push('postgresql');
	if (!redisBin()) missing.push('redis-server');
	let installedSeconds = 0;
	if (missing.length) {
		if (typeof process.getuid === 'function' && process.getuid() !== 0)
			throw new Error(
				`${missing.join(' and ')} missing: install them (apt-get install ${missing.join(' ')}) or run as root`,
			);
		const started = Date.now();
		say(`installing ${missing.join(', ')} (apt-get)`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		runtime.run('apt-get', ['update', '-qq'], { env, quiet: true, timeoutMs: 10 * 60 * 1000 });
		runtime.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
			env,
			quiet: true,
			timeoutMs: 10 * 60 * 1000,
		});
		installedSeconds = Math.round((Date.now() - started) / 1000);
		say(`${missing.join(', ')} installed (${installedSeconds}s)`);
	}
	const pgBin = pgBinDir();
	const redis = redisBin();
	if (!pgBin || !redis) throw new Error('PostgreSQL or Redis still missing after apt-get install');
	return { pgBin, redis, installedSeconds, installed: missing };
}

/** The user PostgreSQL runs as: this process's own, or `postgres` (else `nobody`) when this is root. */
function pgUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	for (const name of ['postgres', 'nobody']) {
		const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
		const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
		if (r.status === 0 && g.status === 0)
			return { name, uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
	}
	throw new Error(
		'running as root, and neither a postgres nor a nobody user exists for PostgreSQL',
	);
}

// ------------------------------------------------------------------ PostgreSQL and Redis

async function waitFor(what, timeoutMs, entry, logFile, check) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (entry && entry.exited)
			throw new Error(`${what} exited (${entry.code}); see ${logFile}:\n${lib.tail(logFile, 30)}`);
		if (await check()) return;
		if (Date.now() > deadline)
			throw new Error(
				`${what} not ready within ${timeoutMs / 1000}s; see ${logFile}:\n${lib.tail(logFile, 30)}`,
			);
		await lib.sleep(200);
	}
}

/** A pg client from the n8n runtime's node_modules (pure JavaScript: it runs on this Node too). */
function pgClient(rt, port, database = DB_NAME) {
	const { Client } = require(path.join(rt.nodeModules, 'pg'));
	return new Client({ host: '127.0.0.1', port, user: DB_USER, database });
}

async function startPostgres(procs, { rt, pgBin, port, tmp, logDir }) {
	const user = pgUser();
	const data = path.join(tmp, 'pgdata');
	if (user.uid !== undefined) fs.chownSync(tmp, user.uid, user.gid);
	const asUser = user.uid !== undefined ? { uid: user.uid, gid: user.gid } : {};
	const init = spawnSync(
		path.join(pgBin, 'initdb'),
		['-D', data, '-U', DB_USER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
		{ encoding: 'utf8', timeout: 120000, cwd: tmp, ...asUser },
	);
	if (init.status !== 0)
		throw new Error(
			`initdb failed (${init.error ? init.error.message : `exit ${init.status}`}): ${init.stderr}`,
		);
	const logFile = path.join(logDir, 'postgres.log');
	const entry = procs.start(
		'PostgreSQL',
		path.join(pgBin, 'postgres'),
		[
			'-D',
			data,
			'-p',
			String(port),
			'-k',
			tmp,
			'-c',
			'listen_addresses=127.0.0.1',
			// a throw-away test database: no durability needed
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		{ logFile, cwd: tmp, stopSignal: 'SIGINT', ...asUser }, // SIGINT = fast shutdown
	);
	await waitFor('PostgreSQL', 60000, entry, logFile, async () => {
		const client = pgClient(rt, port, 'postgres');
		try {
			await client.connect();
			return true;
		} catch {
			return false;
		} finally {
			await client.end().catch(() => {});
		}
	});
	const admin = pgClient(rt, port, 'postgres');
	await admin.connect();
	await admin.query(`CREATE DATABASE ${DB_NAME}`);
	await admin.end();
	return { entry, port, logFile, user: user.name };
}

async function startRedis(procs, { redis, port, logDir }) {
	const logFile = path.join(logDir, 'redis.log');
	const entry = procs.start(
		'Redis',
		redis,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
		],
		{ logFile },
	);
	await waitFor('Redis', 30000, entry, logFile, () => lib.portInUse(port));
	return { entry, port, logFile };
}

// ------------------------------------------------------------------ the stack

/**
 * Starts PostgreSQL, Redis, `workers` n8n workers and (unless startMain: false) the n8n main. Options: procs,
 * tgz (the packed package), workers (default 2), workerConcurrency (default 5), logDir, before(stack) — called
 * once the database is ready and before any n8n process starts (imports). Returns the stack (see below).
 */
async function startQueueStack(options) {
	const { procs, tgz } = options;
	const say = options.log || ((m) => process.stderr.write(`[queue] ${m}\n`));
	const started = Date.now();
	const timings = {};
	const services = ensureServices(say);
	timings.packagesSeconds = services.installedSeconds;
	let t = Date.now();
	const rt = runtime.ensureN8n('2');
	timings.runtimeSeconds = Math.round((Date.now() - t) / 1000);
	const logDir = options.logDir || path.join(runtime.RUNTIME_DIR, 'logs', 'queue');
	fs.mkdirSync(logDir, { recursive: true });
	for (const f of fs.readdirSync(logDir)) if (f.endsWith('.log')) fs.rmSync(path.join(logDir, f));
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leonar-queue-'));
	const workerCount = options.workers ?? 2;
	const ports = new Set();
	while (ports.size < 4 + 2 * workerCount) ports.add(await lib.freePort());
	const [pgPort, redisPort, mainPort, mainBroker, ...rest] = [...ports];

	const stack = {
		rt,
		tmp,
		logDir,
		timings,
		services,
		main: null,
		workers: [],
		pg: null,
		redis: null,
		base: `http://127.0.0.1:${mainPort}`,
	};

	const envFor = (role, index, port, brokerPort) => {
		const userFolder = path.join(tmp, role === 'main' ? 'main' : `worker-${index}`);
		return lib.n8nEnv(rt, {
			userFolder,
			port,
			brokerPort,
			extra: {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(pgPort),
				DB_POSTGRESDB_DATABASE: DB_NAME,
				DB_POSTGRESDB_USER: DB_USER,
				DB_POSTGRESDB_PASSWORD: '',
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redisPort),
				QUEUE_HEALTH_CHECK_ACTIVE: 'false',
				N8N_LOG_LEVEL: 'info',
				...(options.env || {}),
			},
		});
	};
	stack.env = envFor('main', 0, mainPort, mainBroker);
	const workerEnvs = Array.from({ length: workerCount }, (_, i) =>
		envFor('worker', i + 1, rest[2 * i], rest[2 * i + 1]),
	);
	for (const env of [stack.env, ...workerEnvs]) {
		fs.mkdirSync(env.N8N_USER_FOLDER, { recursive: true });
		lib.installPackage(env.N8N_USER_FOLDER, tgz);
	}

	/** Runs an n8n CLI command against the stack's database (as the main). */
	stack.cli = (args) => lib.n8nCli(rt, stack.env, args);

	/** Marks workflows active (what publishing them in the editor writes). */
	stack.activate = async (ids) => {
		const client = pgClient(rt, pgPort);
		await client.connect();
		try {
			const cols = await client.query(
				"select column_name from information_schema.columns where table_name = 'workflow_entity'",
			);
			const hasVersion = cols.rows.some((c) => c.column_name === 'activeVersionId');
			const r = await client.query(
				`update workflow_entity set active = true${hasVersion ? ', "activeVersionId" = "versionId"' : ''} where id = any($1)`,
				[ids],
			);
			return r.rowCount;
		} finally {
			await client.end();
		}
	};

	/** Runs a query on the stack's database. */
	stack.query = async (sql, params) => {
		const client = pgClient(rt, pgPort);
		await client.connect();
		try {
			return (await client.query(sql, params)).rows;
		} finally {
			await client.end();
		}
	};

	const startWorker = async (index) => {
		const env = workerEnvs[index];
		const logFile = path.join(logDir, `worker-${index + 1}.log`);
		const from = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
		const entry = procs.start(
			`n8n worker ${index + 1}`,
			rt.nodeBin,
			[rt.n8nEntry, 'worker', `--concurrency=${options.workerConcurrency ?? 5}`],
			{ env, logFile, cwd: env.N8N_USER_FOLDER },
		);
		await waitFor(`n8n worker ${index + 1}`, 120000, entry, logFile, () =>
			readFrom(logFile, from).includes('n8n worker is now ready'),
		);
		stack.workers[index] = { entry, logFile, index: index + 1 };
	};
	stack.startWorkers = async () => {
		for (let i = 0; i < workerCount; i++) if (!stack.workers[i]) await startWorker(i);
	};
	stack.stopWorkers = async () => {
		await Promise.all(
			stack.workers.map(async (w, i) => {
				if (!w) return;
				await procs.stop(w.entry, 40_000); // a worker finishes its running jobs first (graceful shutdown)
				stack.workers[i] = null;
			}),
		);
	};
	/** Stops one worker (1-based), e.g. to compare one worker with two. */
	stack.stopWorker = async (number) => {
		const w = stack.workers[number - 1];
		if (w) await procs.stop(w.entry, 40_000);
		stack.workers[number - 1] = null;
	};
	stack.startMain = async () => {
		const logFile = path.join(logDir, 'main.log');
		const { entry } = await lib.startN8n(procs, rt, stack.env, { logFile, timeoutMs: 150_000 });
		stack.main = { entry, logFile };
	};
	stack.stopMain = async () => {
		if (stack.main) await procs.stop(stack.main.entry, 30_000);
		stack.main = null;
	};

	/**
	 * Which worker ran each execution: execution id → worker number, from the workers' logs ("Worker started
	 * execution <id> (job <n>)", n8n's scaling/job-processor).
	 */
	stack.workerOf = () => {
		const map = new Map();
		for (let i = 1; i <= workerCount; i++) {
			const file = path.join(logDir, `worker-${i}.log`);
			const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			for (const m of text.matchAll(/Worker started execution (\d+) \(job/g)) map.set(m[1], i);
		}
		return map;
	};

	/** Stops everything this stack started, in order, and removes its temporary folder. */
	stack.stop = async () => {
		await stack.stopWorkers().catch(() => {});
		await stack.stopMain().catch(() => {});
		if (stack.redis) await procs.stop(stack.redis.entry, 10_000);
		if (stack.pg) await procs.stop(stack.pg.entry, 20_000);
		stack.redis = null;
		stack.pg = null;
		if (!process.env.QUEUE_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
	};

	try {
		t = Date.now();
		stack.pg = await startPostgres(procs, { rt, pgBin: services.pgBin, port: pgPort, tmp, logDir });
		stack.redis = await startRedis(procs, { redis: services.redis, port: redisPort, logDir });
		timings.servicesSeconds = (Date.now() - t) / 1000;
		say(
			`PostgreSQL (${path.basename(path.dirname(services.pgBin))}, as ${stack.pg.user || os.userInfo().username}) on 127.0.0.1:${pgPort}, Redis on 127.0.0.1:${redisPort} (${timings.servicesSeconds.toFixed(1)}s)`,
		);
		// n8n creates its schema on the first start of the main; the CLI imports need it: run a CLI command first
		t = Date.now();
		stack.cli(['list:workflow']);
		timings.migrationsSeconds = (Date.now() - t) / 1000;
		if (options.before) await options.before(stack);
		t = Date.now();
		await stack.startWorkers();
		if (options.startMain !== false) await stack.startMain();
		timings.n8nSeconds = (Date.now() - t) / 1000;
		say(
			`n8n ${rt.flavour.n8nVersion} main on ${stack.base} + ${workerCount} workers (EXECUTIONS_MODE=queue) ready in ${timings.n8nSeconds.toFixed(1)}s; logs in ${path.relative(runtime.REPO, logDir)}`,
		);
	} catch (error) {
		await stack.stop();
		throw error;
	}
	timings.startSeconds = (Date.now() - started) / 1000;
	return stack;
}

function readFrom(file, offset) {
	try {
		const fd = fs.openSync(file, 'r');
		try {
			const size = fs.fstatSync(fd).size;
			const buffer = Buffer.alloc(Math.max(0, size - offset));
			fs.readSync(fd, buffer, 0, buffer.length, offset);
			return buffer.toString('utf8');
		} finally {
			fs.closeSync(fd);
		}
	} catch {
		return '';
	}
}

module.exports = { ensureServices, startQueueStack, pgClient, pgBinDir, redisBin };
