#!/usr/bin/env node
'use strict';
// npm run simulator  [-- --port 4010] [-- --profile documented]   env: PORT, LEONAR_SIM_PROFILE, SIM_HOST, SIM_RATE_LIMIT, SIM_RATE_WINDOW_SECONDS, SIM_SOURCING_CREDITS, SIM_ENRICHMENT_CREDITS
// latency of every API request: --latency-ms 150 --jitter-ms 30 (env SIM_LATENCY_MS, SIM_LATENCY_JITTER_MS)
const { startSimulator } = require('./index');

function arg(name) {
	const i = process.argv.indexOf(`--${name}`);
	if (i !== -1) return process.argv[i + 1];
	const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
	return eq ? eq.split('=').slice(1).join('=') : undefined;
}
const num = (v) => (v === undefined || v === '' ? undefined : Number(v));

(async () => {
	const port = num(arg('port')) ?? num(process.env.PORT) ?? 4010;
	const host = arg('host') || process.env.SIM_HOST || '127.0.0.1';
	const rateLimit = {};
	if (num(process.env.SIM_RATE_LIMIT) !== undefined)
		rateLimit.limit = num(process.env.SIM_RATE_LIMIT);
	if (num(process.env.SIM_RATE_WINDOW_SECONDS) !== undefined)
		rateLimit.windowSeconds = num(process.env.SIM_RATE_WINDOW_SECONDS);
	const credits = {};
	if (num(process.env.SIM_SOURCING_CREDITS) !== undefined)
		credits.sourcing = num(process.env.SIM_SOURCING_CREDITS);
	if (num(process.env.SIM_ENRICHMENT_CREDITS) !== undefined)
		credits.enrichment = num(process.env.SIM_ENRICHMENT_CREDITS);
	const profile = arg('profile') || process.env.LEONAR_SIM_PROFILE || 'default';
	const latency = {
		fixedMs: num(arg('latency-ms')) ?? num(process.env.SIM_LATENCY_MS),
		jitterMs: num(arg('jitter-ms')) ?? num(process.env.SIM_LATENCY_JITTER_MS),
	};
	const sim = await startSimulator({ port, host, rateLimit, credits, profile, latency });

	const out = [];
	out.push(`Leonar API simulator listening`);
	out.push(`  base URL : ${sim.url}`);
	out.push(
		`  profile  : ${sim.profile}${sim.profile === 'documented' ? ' (only what Leonar documents: IMPLIED endpoints 404, undocumented parameters ignored; see profiles.js)' : ''}`,
	);
	out.push(
		`  control  : ${sim.baseUrl}/__sim/  (reset, log, faults, clock, rate-limit, credits, profile, seed-contacts, state/:collection, keys)`,
	);
	out.push(
		`  limits   : ${sim.rateLimit.limit} requests / ${sim.rateLimit.windowSeconds} s per key; credits sourcing=${sim.state.credits.sourcing} enrichment=${sim.state.credits.enrichment}`,
	);
	if (sim.latency.fixedMs || sim.latency.jitterMs)
		out.push(
			`  latency  : ${sim.latency.fixedMs} ms + 0..${sim.latency.jitterMs} ms jitter per request`,
		);
	out.push('  demo keys (Authorization: Bearer <key>):');
	const width = Math.max(...Object.keys(sim.keys).map((k) => k.length));
	for (const [name, key] of Object.entries(sim.keys)) {
		const info = sim._keyInfo.get(key);
		const desc = info.special
			? `403 ${info.special}${info.special === 'plan_upgrade_required' ? ' on sourcing/enrichment, full access otherwise' : ' on every endpoint'}`
			: name in sim.bundles
				? `bundle: ${name === 'full_access' ? 'all 27 scopes' : name === 'read_only' ? 'every :read scope' : [...new Set([...info.scopes].map((s) => s.split(':')[0]))].join(', ') + ' (all their scopes)'}`
				: `scope: ${name}`;
		out.push(`    ${name.padEnd(width)}  ${key.padEnd(40)} ${desc}`);
	}
	out.push('Ctrl-C to stop.');
	console.log(out.join('\n'));

	const stop = async () => {
		await sim.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((e) => {
	console.error(e.message);
	process.exit(1);
});
