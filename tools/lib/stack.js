'use strict';
/*
 * The local stack `npm start` runs (and `npm run test:browser` drives): the built package installed into an n8n
 * user folder like Community Nodes does, the Leonar simulator, a Leonar credential, the example workflows,
 * n8n itself and its owner account.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const runtime = require('../runtime');
const lib = require('./n8n');

const { REPO } = runtime;
const CREDENTIAL_ID = 'leonarCredDemo01';
const SIM_KEY = 'leo_sim_full_access';

function exampleFiles() {
	const dir = path.join(REPO, 'examples');
	return fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()
				.map((f) => path.join(dir, f))
		: [];
}

/**
 * Starts everything. Options: procs (lib.Processes), userFolder, port, simPort, brokerPort, flavour ('2'|'1'),
 * build (default true), realApi { apiKey, baseUrl } or undefined, log (function), logDir.
 * Returns { base, simUrl, owner, credentialName, examples, rt }.
 */
async function startStack(options) {
	const { procs, userFolder, port, simPort, brokerPort } = options;
	const say = options.log || ((m) => process.stderr.write(`${m}\n`));
	const flavour = options.flavour || '2';
	const logDir = options.logDir || path.join(runtime.RUNTIME_DIR, 'logs');
	fs.mkdirSync(logDir, { recursive: true });

	for (const [what, p] of [
		['n8n', port],
		['the Leonar simulator', simPort],
		["n8n's task broker", brokerPort],
	]) {
		if (p && (await lib.portInUse(p))) {
			throw new Error(
				`Port ${p} (${what}) is already in use. Is another \`npm start\` still running? Stop it, or choose other ports with N8N_PORT / SIM_PORT / N8N_RUNNERS_BROKER_PORT.`,
			);
		}
	}

	if (options.build !== false) lib.buildPackage();
	const rt = runtime.ensureN8n(flavour);
	const tgz = lib.packPackage();
	fs.mkdirSync(userFolder, { recursive: true });
	lib.installPackage(userFolder, tgz);
	say(
		`installed ${path.basename(tgz)} into ${path.relative(REPO, path.join(userFolder, '.n8n', 'nodes', 'node_modules', lib.PACKAGE.name))}`,
	);

	// the simulator (only when the credential points at it)
	let simUrl;
	let credential;
	if (options.realApi) {
		credential = {
			id: CREDENTIAL_ID,
			name: 'Leonar API',
			type: 'leonarApi',
			data: {
				apiKey: options.realApi.apiKey,
				baseUrl: options.realApi.baseUrl || 'https://app.leonar.app/api/v1',
			},
		};
	} else {
		const simLog = path.join(logDir, 'simulator.log');
		const sim = procs.start(
			'Leonar simulator',
			process.execPath,
			[path.join(REPO, 'test', 'simulator', 'cli.js'), '--port', String(simPort)],
			{ logFile: simLog },
		);
		const simBase = `http://127.0.0.1:${simPort}`;
		const deadline = Date.now() + 20000;
		for (;;) {
			if (sim.exited) throw new Error(`the simulator exited (${sim.code}); see ${simLog}`);
			try {
				const res = await fetch(`${simBase}/__sim/keys`, { signal: AbortSignal.timeout(1000) });
				if (res.ok) break;
			} catch {
				/* not yet */
			}
			if (Date.now() > deadline)
				throw new Error(`the simulator did not answer within 20 s; see ${simLog}`);
			await lib.sleep(150);
		}
		// a few contacts changed "today", so that the nightly-export example has something to export
		await fetch(`${simBase}/__sim/seed-contacts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ count: 3 }),
			signal: AbortSignal.timeout(5000),
		});
		simUrl = `${simBase}/api/v1`;
		credential = {
			id: CREDENTIAL_ID,
			name: 'Leonar (local simulator)',
			type: 'leonarApi',
			data: { apiKey: SIM_KEY, baseUrl: simUrl },
		};
	}

	const env = lib.n8nEnv(rt, { userFolder, port, brokerPort });
	const credFile = path.join(userFolder, 'leonar-credential.json');
	fs.writeFileSync(credFile, JSON.stringify([credential]), { mode: 0o600 });
	try {
		lib.n8nCli(rt, env, ['import:credentials', `--input=${credFile}`]);
	} finally {
		fs.rmSync(credFile, { force: true }); // it holds the API key in clear text
	}
	say(`credential "${credential.name}" → ${credential.data.baseUrl}`);

	// example workflows: imported again only when a file changed (keeps the user's edits otherwise)
	const examples = exampleFiles().map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
	const stampFile = path.join(userFolder, 'examples-imported.json');
	const stamp = crypto.createHash('sha256').update(JSON.stringify(examples)).digest('hex');
	if (examples.length && lib.readJson(stampFile)?.stamp !== stamp) {
		const wfFile = path.join(userFolder, 'examples.json');
		fs.writeFileSync(wfFile, JSON.stringify(examples.map((w) => ({ ...w, active: false }))));
		lib.n8nCli(rt, env, ['import:workflow', `--input=${wfFile}`]);
		fs.writeFileSync(stampFile, JSON.stringify({ stamp, at: new Date().toISOString() }));
		say(`imported ${examples.length} example workflows`);
	}

	const logFile = path.join(logDir, `n8n-${path.basename(userFolder)}.log`);
	const { base } = await lib.startN8n(procs, rt, env, { logFile });
	await lib.ensureOwner(base);
	return { base, simUrl, owner: lib.OWNER, credentialName: credential.name, examples, rt, logFile };
}

module.exports = { startStack, CREDENTIAL_ID, exampleFiles };
