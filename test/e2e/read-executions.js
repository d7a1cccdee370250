'use strict';
/*
 * Prints the latest execution of each given workflow as JSON, read from n8n's SQLite database.
 * Runs with the n8n runtime's own Node (sqlite3 is compiled for it):
 *   <node> read-executions.js <n8n node_modules> <database.sqlite> <workflowId,...> [all]
 * Output: { <workflowId>: { id, status, finished, mode, startedAt, stoppedAt, error, nodes: { <name>: [ { status, error,
 *           items: [ { json, pairedItem, binary: { <key>: { fileName, mimeType, fileSize } } } ] } ] } } }
 * With `all`: { <workflowId>: [ <every execution of it, oldest first, as above> ] }.
 * Required as a module it exports `summarize(rows, { all, parse })` — the same output from rows of any database
 * (test/queue reads PostgreSQL with it) — and the query.
 */
const path = require('path');

const QUERY = (placeholders) =>
	`select e.id, e."workflowId", e.status, e.finished, e.mode, e."startedAt", e."stoppedAt", d.data
		 from execution_entity e join execution_data d on d."executionId" = e.id
		where e."workflowId" in (${placeholders})
		order by e.id`;

function summarizeError(error) {
	if (!error) return null;
	return {
		message: error.message,
		description: error.description,
		httpCode: error.httpCode,
		name: error.name,
		node: error.node && error.node.name,
	};
}

function binaryMeta(binary) {
	if (!binary) return undefined;
	const out = {};
	for (const [key, value] of Object.entries(binary)) {
		out[key] = {
			fileName: value.fileName,
			mimeType: value.mimeType,
			fileSize: value.fileSize,
			mode: value.id ? 'external' : 'inline',
		};
	}
	return out;
}

/** Rows { id, workflowId, status, finished, mode, startedAt, stoppedAt, data (flatted text) } → the output above. */
function summarize(rows, { all, parse }) {
	const result = {};
	const store = (workflowId, execution) => {
		if (!all) result[workflowId] = execution;
		else (result[workflowId] = result[workflowId] || []).push(execution);
	};
	for (const row of rows) {
		let data;
		try {
			data = parse(row.data);
		} catch (e) {
			store(row.workflowId, { id: row.id, status: row.status, parseError: e.message });
			continue;
		}
		const rd = (data && data.resultData) || {};
		const nodes = {};
		for (const [name, runs] of Object.entries(rd.runData || {})) {
			nodes[name] = runs.map((run) => ({
				status: run.executionStatus,
				error: run.error ? summarizeError(run.error) : undefined,
				items: (((run.data && run.data.main) || [])[0] || []).map((item) => ({
					json: item.json,
					pairedItem: item.pairedItem,
					binary: binaryMeta(item.binary),
				})),
				aiTool: run.data && run.data.ai_tool ? run.data.ai_tool : undefined,
			}));
		}
		store(row.workflowId, {
			id: row.id,
			status: row.status,
			finished: Boolean(row.finished),
			mode: row.mode,
			startedAt: row.startedAt,
			stoppedAt: row.stoppedAt,
			lastNodeExecuted: rd.lastNodeExecuted,
			error: summarizeError(rd.error),
			nodes,
		});
	}
	return result;
}

module.exports = { summarize, QUERY };

if (require.main === module) {
	const [nodeModules, dbPath, idList, which] = process.argv.slice(2);
	const sqlite3 = require(path.join(nodeModules, 'sqlite3'));
	const { parse } = require(path.join(nodeModules, 'flatted'));
	const ids = idList.split(',').filter(Boolean);
	const db = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY);
	db.all(QUERY(ids.map(() => '?').join(',')), ids, (err, rows) => {
		if (err) {
			console.error(err.message);
			process.exit(1);
		}
		process.stdout.write(JSON.stringify(summarize(rows, { all: which === 'all', parse })));
		db.close();
	});
}
