#!/usr/bin/env node
'use strict';
/*
 * npm start — an n8n editor with the Leonar node, a Leonar simulator and example workflows.
 *
 * Builds the package, prepares the pinned runtime (.n8n-runtime/, reused), installs the packed package into
 * .n8n-runtime/home like Community Nodes does, starts the simulator on 127.0.0.1:4010 and n8n on
 * 127.0.0.1:5678, imports the credential "Leonar (local simulator)" and the workflows from examples/, creates
 * the owner account and prints how to log in. Ctrl-C stops everything it started. Safe to run again.
 *
 * Env: LEONAR_API_KEY (+ LEONAR_BASE_URL)  use the real Leonar API instead of the simulator
 *      N8N_PORT (5678), SIM_PORT (4010), N8N_RUNNERS_BROKER_PORT (5679)
 *      START_N8N=1                         run n8n 1.123.81 instead of 2.41.1
 *      START_SKIP_BUILD=1                  use the existing dist/
 *      N8N_OWNER_EMAIL / N8N_OWNER_PASSWORD
 */
const path = require('path');

const runtime = require('./runtime');
const lib = require('./lib/n8n');
const { startStack } = require('./lib/stack');

/**
 * The stack's options from the environment. Only the ports that will be used are given (so
 * only those are checked): with LEONAR_API_KEY the real API is used and no simulator starts,
 * so its port is left out.
 */
function stackOptions(env = process.env) {
	const apiKey = (env.LEONAR_API_KEY || '').trim();
	const flavour = env.START_N8N === '1' ? '1' : '2';
	return {
		userFolder: path.join(runtime.RUNTIME_DIR, flavour === '2' ? 'home' : 'home-n8n1'),
		port: Number(env.N8N_PORT || 5678),
		simPort: apiKey ? undefined : Number(env.SIM_PORT || 4010),
		brokerPort: Number(env.N8N_RUNNERS_BROKER_PORT || 5679),
		flavour,
		build: !env.START_SKIP_BUILD,
		realApi: apiKey
			? { apiKey, baseUrl: (env.LEONAR_BASE_URL || '').trim() || undefined }
			: undefined,
	};
}

async function main() {
	const procs = new lib.Processes();
	procs.installSignalHandlers();
	const started = Date.now();
	let stack;
	try {
		stack = await startStack({
			...stackOptions(),
			procs,
			log: (m) => process.stderr.write(`[start] ${m}\n`),
		});
	} catch (error) {
		process.stderr.write(`[start] ${error.message}\n`);
		await procs.stopAll();
		process.exit(1);
	}

	const line = '─'.repeat(64);
	console.log(
		[
			'',
			line,
			`  n8n ${stack.rt.flavour.n8nVersion} with n8n-nodes-leonar is running (ready in ${Math.round((Date.now() - started) / 1000)} s)`,
			'',
			`  Open      ${stack.base}`,
			`  E-mail    ${stack.owner.email}`,
			`  Password  ${stack.owner.password}`,
			'',
			stack.simUrl
				? `  Leonar simulator  ${stack.simUrl}  (demo keys: node test/simulator/cli.js prints them; control plane ${stack.simUrl.replace('/api/v1', '/__sim/')})`
				: `  Leonar API        ${process.env.LEONAR_BASE_URL || 'https://app.leonar.app/api/v1'} (LEONAR_API_KEY)`,
			`  Credential        "${stack.credentialName}"`,
			`  Workflows         ${stack.examples.map((w) => w.name).join('\n                    ') || '(none)'}`,
			`  n8n log           ${path.relative(runtime.REPO, stack.logFile)}`,
			'',
			'  Ctrl-C stops n8n and the simulator.',
			line,
		].join('\n'),
	);

	// stay up; if a child dies, stop the rest and say so
	for (;;) {
		const dead = procs.children.find((c) => c.exited);
		if (dead) {
			process.stderr.write(`[start] ${dead.name} stopped (${dead.code}); stopping the rest.\n`);
			await procs.stopAll();
			process.exit(1);
		}
		await lib.sleep(1000);
	}
}

if (require.main === module) main();

module.exports = { stackOptions };
