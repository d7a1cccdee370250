'use strict';
/*
 * Prints a compact summary of the latest execution of each given workflow, read from n8n's SQLite database
 * (used by tools/bench.js). Runs with the n8n runtime's own Node (sqlite3 is compiled for it):
 *   <node> read-runs.js <n8n node_modules> <database.sqlite> <workflowId,...>
 * Output: { <workflowId>: { id, status, finished, startedAt, stoppedAt, error, nodes: { <name>: { status,
 *           executionTime (ms, summed over runs), items, errorItems, firstItemError, error } } } }
 * Unlike test/e2e/read-executions.js it never prints the items themselves (a benchmark run holds 10,000 of them).
 */
const path = require('path');

const [nodeModules, dbPath, idList] = process.argv.slice(2);
const sqlite3 = require(path.join(nodeModules, 'sqlite3'));
const { parse } = require(path.join(nodeModules, 'flatted'));

const ids = idList.split(',').filter(Boolean);
const db = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY);

const brief = (error) =>
	error
		? { message: error.message, description: error.description, httpCode: error.httpCode }
		: null;
const itemError = (json) => {
	if (!json || json.error === undefined) return undefined;
	const e = json.error;
	return typeof e === 'string'
		? e
		: e && typeof e === 'object'
			? e.message || JSON.stringify(e).slice(0, 200)
			: String(e);
};

const result = {};
db.all(
	`select e.id, e.workflowId, e.status, e.finished, e.startedAt, e.stoppedAt, d.data
		 from execution_entity e join execution_data d on d.executionId = e.id
		where e.workflowId in (${ids.map(() => '?').join(',')})
		order by e.id`,
	ids,
	(err, rows) => {
		if (err) {
			console.error(err.message);
			process.exit(1);
		}
		for (const row of rows) {
			const rd = (parse(row.data) || {}).resultData || {};
			const nodes = {};
			for (const [name, runs] of Object.entries(rd.runData || {})) {
				const out = {
					status: undefined,
					executionTime: 0,
					items: 0,
					errorItems: 0,
					firstItemError: undefined,
					error: null,
				};
				for (const run of runs) {
					out.status = run.executionStatus;
					out.executionTime += run.executionTime || 0;
					if (run.error) out.error = brief(run.error);
					for (const item of ((run.data && run.data.main) || [])[0] || []) {
						out.items++;
						const e = itemError(item.json);
						if (e !== undefined) {
							out.errorItems++;
							if (out.firstItemError === undefined) out.firstItemError = e;
						}
					}
				}
				nodes[name] = out;
			}
			result[row.workflowId] = {
				id: row.id,
				status: row.status,
				finished: Boolean(row.finished),
				startedAt: row.startedAt,
				stoppedAt: row.stoppedAt,
				error: brief(rd.error),
				nodes,
			};
		}
		process.stdout.write(JSON.stringify(result));
		db.close();
	},
);
