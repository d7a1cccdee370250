'use strict';
/*
 * Which end-to-end cases (test/e2e/cases.js) the queue-mode suite runs, plus the one case it adds. The cases are
 * the e2e suite's own objects, run by the e2e suite's own code (test/e2e/e2e.js: prepareCases, runCases,
 * checkCases); only the n8n underneath differs (main + workers, PostgreSQL, Redis).
 */
const { cases, exampleCases, ID } = require('../e2e/cases');

/** The e2e cases run in queue mode (QUEUE_CASES=all runs every e2e case; QUEUE_CASES=a,b those). */
const SELECTED = [
	'contact-create',
	'contact-get',
	'contact-list-all', // Return All over 3 pages
	'contact-update',
	'contact-upsert-new',
	'error-scope',
	'error-404',
	'rate-limit-429', // a 429: the node waits for the window's reset and succeeds
	'continue-on-fail',
	'chain-code-leonar', // Code node (task runner of the worker) → Leonar → Leonar
	'http-predefined', // Custom API Call: the HTTP Request node with the Leonar credential
	'ai-tool', // the leonarTool variant through the Tool Executor
	'deal-move-stage',
	'task-create',
	'sequence-enroll-700', // batching: 700 items → 2 calls
	'file-upload', // binary in (database binary-data mode, the queue-mode default)
	'file-download', // binary out, read back by a Code node
	'example-interview',
	'example-export',
];

/** Header pacing without a 429: the answers' X-RateLimit-Remaining reaches 0, the node waits for the reset. */
const pacing = {
	id: 'rate-limit-pacing',
	title: 'Header pacing: Remaining 0 → the node waits for the reset instead of spending a 429',
	setup: ({ sim }) => {
		sim.setRateLimit({ limit: 3, windowSeconds: 3 });
	},
	// an array (not a function), so that the setup runs right before the case, rate limit included
	input: ['$contact', '$contact2', '$contact', '$contact2', '$contact'].map((id) => ({ id })),
	nodes: [
		{ resource: 'contact', operation: 'get', parameters: { contactId: ID('={{ $json.id }}') } },
	],
	expect: {
		status: 'success',
		count: { Leonar: 5 },
		requests: [
			{ method: 'GET', status: 200, headers: { authorization: 'Bearer leo_sim_full_access' } },
			{ method: 'GET', status: 200 },
			{ method: 'GET', status: 200 },
			{ method: 'GET', status: 200 },
			{ method: 'GET', status: 200 },
		],
		verify: ({ log }, assert) => {
			const waited = log[3].at - log[2].at;
			assert.ok(
				waited >= 500,
				`the 4th request waited for the window (${waited} ms after the 3rd)`,
			);
		},
	},
};

function selectCases(value = process.env.QUEUE_CASES) {
	const all = [...cases, ...exampleCases, pacing];
	if (value === 'all') return all;
	const ids = value
		? value
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: [...SELECTED, pacing.id];
	const unknown = ids.filter((id) => !all.some((c) => c.id === id));
	if (unknown.length) throw new Error(`QUEUE_CASES: unknown case(s) ${unknown.join(', ')}`);
	return all.filter((c) => ids.includes(c.id));
}

module.exports = { selectCases, SELECTED, pacing };
