#!/usr/bin/env node
'use strict';
// Self-check: starts a simulator, calls every endpoint of openapi.json (full_access key) plus a few error paths.
// Prints "N passed, 0 failed"; exit code 1 on any failure.
const assert = require('assert');
const { startSimulator } = require('./index');

async function main() {
	const t0 = Date.now();
	const sim = await startSimulator({ port: 0 });
	const results = [];
	let failed = 0;
	const call = async (method, path, { body, key = 'full_access', headers = {} } = {}) => {
		const res = await fetch(sim.url + path, {
			method,
			headers: {
				authorization: `Bearer ${sim.keys[key] || key}`,
				...(body !== undefined ? { 'content-type': 'application/json' } : {}),
				...headers,
			},
			body:
				body !== undefined ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
		});
		const text = await res.text();
		let json = null;
		try {
			json = text ? JSON.parse(text) : null;
		} catch (_) {
			json = text;
		}
		return { status: res.status, json, headers: res.headers };
	};
	const check = async (name, fn) => {
		try {
			await fn();
			results.push(name);
		} catch (e) {
			failed++;
			console.error(`FAIL ${name}: ${e.message}`);
		}
	};
	const expectStatus = (r, s) =>
		assert.strictEqual(
			r.status,
			s,
			`expected ${s}, got ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`,
		);
	const listShape = (r) => {
		assert.ok(Array.isArray(r.json.data), 'data[]');
		for (const k of ['total', 'limit', 'offset', 'has_more'])
			assert.ok(k in r.json.meta, `meta.${k}`);
	};

	const S = sim.state;
	const first = (coll, pred = () => true) => [...S[coll].values()].find(pred);
	const contact = first('contacts', (c) => !c.archived_at && !c.do_not_contact);
	const project = first('projects', (p) => p.status === 'active');
	const sequence = first('sequences');
	const conversation = first('conversations');
	const deal = first('deals', (d) => d.status === 'open' && !d.archived_at);
	const tag = first('tags');
	const account = first('connectedAccounts', (a) => a.api_status.recruiter === 'active');
	const ids = {};

	// ---------------------------------------------------------------- contacts
	await check('GET /contacts', async () => {
		const r = await call('GET', '/contacts?limit=5&sort=last_name');
		expectStatus(r, 200);
		listShape(r);
		assert.strictEqual(r.json.data.length, 5);
		assert.ok(!('custom_data' in r.json.data[0]), 'short form');
	});
	await check('POST /contacts/search', async () => {
		const r = await call('POST', '/contacts/search', { body: { query: 'engineer', limit: 3 } });
		expectStatus(r, 200);
		listShape(r);
	});
	await check('POST /contacts', async () => {
		const r = await call('POST', '/contacts', {
			body: {
				first_name: 'Self',
				last_name: 'Check',
				email: 'self@check.io',
				tags: ['Selfcheck'],
				custom_data: { seniority: 'senior' },
			},
		});
		expectStatus(r, 201);
		assert.deepStrictEqual(r.json.data.emails[0], { email: 'self@check.io', type: 'work' });
		ids.contact = r.json.data.id;
	});
	await check('GET /contacts/custom-fields', async () => {
		const r = await call('GET', '/contacts/custom-fields');
		expectStatus(r, 200);
		listShape(r);
	});
	await check('GET /contacts/{id}', async () => {
		const r = await call('GET', `/contacts/${contact.id}`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.id, contact.id);
	});
	await check('PUT /contacts/{id}', async () => {
		const r = await call('PUT', `/contacts/${ids.contact}`, {
			body: { title: 'QA', custom_data: { seniority: null, salary_expectation: 50000 } },
		});
		expectStatus(r, 200);
		assert.deepStrictEqual(r.json.data.custom_data, { salary_expectation: 50000 });
	});
	await check('POST /contacts/{id}/files', async () => {
		const r = await call('POST', `/contacts/${ids.contact}/files`, {
			body: {
				filename: 'cv.txt',
				content_type: 'text/plain',
				file_base64: Buffer.from('hello').toString('base64'),
			},
		});
		expectStatus(r, 201);
		ids.cfile = r.json.data.id;
	});
	await check('GET /contacts/{id}/files', async () => {
		const r = await call('GET', `/contacts/${ids.contact}/files`);
		expectStatus(r, 200);
		listShape(r);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('GET /contacts/{id}/files/{file_id}', async () => {
		const r = await call('GET', `/contacts/${ids.contact}/files/${ids.cfile}`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.file_base64, Buffer.from('hello').toString('base64'));
	});
	await check('DELETE /contacts/{id}/files/{file_id}', async () => {
		const r = await call('DELETE', `/contacts/${ids.contact}/files/${ids.cfile}`);
		expectStatus(r, 204);
	});
	await check('POST /contacts/{id}/tags', async () => {
		const r = await call('POST', `/contacts/${ids.contact}/tags`, { body: { tag_id: tag.id } });
		expectStatus(r, 200);
		assert.ok(r.json.data.tags.includes(tag.name));
	});
	await check('DELETE /contacts/{id}/tags/{tag_id}', async () => {
		const r = await call('DELETE', `/contacts/${ids.contact}/tags/${tag.id}`);
		expectStatus(r, 204);
	});
	await check('POST /contacts/{id}/notes', async () => {
		const r = await call('POST', `/contacts/${ids.contact}/notes`, { body: { content: 'hello' } });
		expectStatus(r, 201);
		ids.note = r.json.data.id;
	});
	await check('GET /contacts/{id}/notes', async () => {
		const r = await call('GET', `/contacts/${ids.contact}/notes`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('DELETE /contacts/{id}', async () => {
		const r = await call('DELETE', `/contacts/${ids.contact}`);
		expectStatus(r, 200);
		assert.ok(r.json.data.archived_at);
	});

	// ---------------------------------------------------------------- companies
	await check('GET /companies', async () => {
		const r = await call('GET', '/companies?search=acme');
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('POST /companies', async () => {
		const r = await call('POST', '/companies', {
			body: { name: 'Selfcheck Inc', custom_data: { tier: 'key' } },
		});
		expectStatus(r, 201);
		ids.company = r.json.data.id;
	});
	await check('GET /companies/custom-fields', async () => {
		const r = await call('GET', '/companies/custom-fields');
		expectStatus(r, 200);
		assert.strictEqual(r.json.data[0].key, 'tier');
	});
	await check('GET /companies/{id}', async () => {
		const r = await call('GET', `/companies/${ids.company}`);
		expectStatus(r, 200);
	});
	await check('PUT /companies/{id}', async () => {
		const r = await call('PUT', `/companies/${ids.company}`, { body: { industry: 'Testing' } });
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.industry, 'Testing');
	});
	await check('DELETE /companies/{id}', async () => {
		const r = await call('DELETE', `/companies/${ids.company}`);
		expectStatus(r, 200);
		assert.ok(r.json.data.archived_at);
	});

	// ---------------------------------------------------------------- deals
	await check('GET /deals', async () => {
		const r = await call('GET', '/deals?status=open&amount=gt.10000');
		expectStatus(r, 200);
		listShape(r);
	});
	await check('GET /deals/pipelines', async () => {
		const r = await call('GET', '/deals/pipelines');
		expectStatus(r, 200);
		ids.pipeline = r.json.data[0];
	});
	await check('POST /deals', async () => {
		const r = await call('POST', '/deals', {
			body: { title: 'Selfcheck deal', amount: 1000, probability: 50 },
		});
		expectStatus(r, 201);
		ids.deal = r.json.data.id;
		assert.strictEqual(r.json.data.expected_amount, 500);
	});
	await check('GET /deals/{id}', async () => {
		const r = await call('GET', `/deals/${deal.id}`);
		expectStatus(r, 200);
	});
	await check('PUT /deals/{id}', async () => {
		const r = await call('PUT', `/deals/${ids.deal}`, { body: { amount: 2000 } });
		expectStatus(r, 200);
	});
	await check('PUT /deals/{id}/stage', async () => {
		const r = await call('PUT', `/deals/${ids.deal}/stage`, {
			body: { stage_id: ids.pipeline.stages[1].id },
		});
		expectStatus(r, 200);
	});
	await check('POST /deals/{id}/close', async () => {
		const r = await call('POST', `/deals/${ids.deal}/close`, {
			body: { status: 'won', signed_amount: 1800 },
		});
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.status, 'won');
	});
	await check('POST /deals/{id}/reopen', async () => {
		const r = await call('POST', `/deals/${ids.deal}/reopen`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.status, 'open');
	});
	await check('DELETE /deals/{id}', async () => {
		const r = await call('DELETE', `/deals/${ids.deal}`);
		expectStatus(r, 200);
	});

	// ---------------------------------------------------------------- notes, tags, tasks
	await check('GET /notes', async () => {
		const r = await call('GET', `/notes?contact_id=${ids.contact}`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('GET /notes/{id}', async () => {
		const r = await call('GET', `/notes/${ids.note}`);
		expectStatus(r, 200);
	});
	await check('PUT /notes/{id}', async () => {
		const r = await call('PUT', `/notes/${ids.note}`, { body: { content: 'edited' } });
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.content, 'edited');
	});
	await check('GET /tags', async () => {
		const r = await call('GET', '/tags?scope=contact');
		expectStatus(r, 200);
		listShape(r);
	});
	await check('POST /tags', async () => {
		const r = await call('POST', '/tags', {
			body: { name: 'Selfcheck tag', color: '#FF0000', scope: 'deal' },
		});
		expectStatus(r, 201);
	});
	await check('GET /tasks', async () => {
		const r = await call('GET', '/tasks?status=todo&sort=due_date');
		expectStatus(r, 200);
		listShape(r);
	});
	await check('POST /tasks', async () => {
		const r = await call('POST', '/tasks', {
			body: { title: 'Call back', type: 'call', due_date: '2026-12-01', contact_id: contact.id },
		});
		expectStatus(r, 201);
		ids.task = r.json.data.id;
	});
	await check('GET /tasks/{id}', async () => {
		const r = await call('GET', `/tasks/${ids.task}`);
		expectStatus(r, 200);
	});
	await check('PUT /tasks/{id}', async () => {
		const r = await call('PUT', `/tasks/${ids.task}`, { body: { status: 'done' } });
		expectStatus(r, 200);
		assert.ok(r.json.data.completed_at);
	});
	await check('DELETE /tasks/{id}', async () => {
		const r = await call('DELETE', `/tasks/${ids.task}`);
		expectStatus(r, 204);
	});

	// ---------------------------------------------------------------- enrichment
	await check('POST /enrichments', async () => {
		const r = await call('POST', '/enrichments', {
			body: { contact_id: contact.id, data_types: ['work_email', 'phone'] },
		});
		expectStatus(r, 201);
		assert.strictEqual(r.json.data.status, 'pending');
		ids.enrichment = r.json.data.id;
	});
	await check('GET /enrichments/{id}', async () => {
		sim.clock.advance(1500);
		const r = await call('GET', `/enrichments/${ids.enrichment}`);
		sim.clock.useRealTime();
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.status, 'completed');
	});

	// ---------------------------------------------------------------- messages
	await check('POST /messages', async () => {
		const r = await call('POST', '/messages', {
			body: { contact_id: contact.id, channel: 'email', subject: 'Hi', content: 'Hello' },
		});
		expectStatus(r, 201);
		assert.strictEqual(r.json.data.direction, 'outbound');
	});
	await check('GET /conversations', async () => {
		const r = await call('GET', '/conversations?channel=email');
		expectStatus(r, 200);
		listShape(r);
	});
	await check('GET /conversations/{id}', async () => {
		const r = await call('GET', `/conversations/${conversation.id}`);
		expectStatus(r, 200);
	});
	await check('GET /conversations/{id}/messages', async () => {
		const r = await call('GET', `/conversations/${conversation.id}/messages?limit=2`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.meta.has_more, true);
	});

	// ---------------------------------------------------------------- projects, files, entries
	await check('GET /projects', async () => {
		const r = await call('GET', '/projects?status=active');
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 2);
	});
	await check('POST /projects', async () => {
		const r = await call('POST', '/projects', { body: { name: 'Selfcheck project' } });
		expectStatus(r, 201);
		assert.strictEqual(r.json.data.pipeline.stages.length, 5);
		ids.project = r.json.data;
	});
	await check('GET /projects/{id}', async () => {
		const r = await call('GET', `/projects/${project.id}`);
		expectStatus(r, 200);
		assert.ok(r.json.data.pipeline.stages[0].id);
	});
	await check('PUT /projects/{id}', async () => {
		const r = await call('PUT', `/projects/${ids.project.id}`, { body: { location: 'Paris' } });
		expectStatus(r, 200);
	});
	await check('POST /projects/{id}/files', async () => {
		const r = await call('POST', `/projects/${ids.project.id}/files`, {
			body: { filename: 'jd.txt', content_type: 'text/plain', file_base64: 'aGk=' },
		});
		expectStatus(r, 201);
		ids.pfile = r.json.data.id;
	});
	await check('GET /projects/{id}/files', async () => {
		const r = await call('GET', `/projects/${ids.project.id}/files`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('GET /projects/{id}/files/{file_id}', async () => {
		const r = await call('GET', `/projects/${ids.project.id}/files/${ids.pfile}`);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.file_base64, 'aGk=');
	});
	await check('DELETE /projects/{id}/files/{file_id}', async () => {
		const r = await call('DELETE', `/projects/${ids.project.id}/files/${ids.pfile}`);
		expectStatus(r, 204);
	});
	await check('POST /projects/{id}/entries', async () => {
		const r = await call('POST', `/projects/${ids.project.id}/entries`, {
			body: { contact_id: contact.id },
		});
		expectStatus(r, 201);
		assert.strictEqual(r.json.data.stage.name, 'Sourced');
		ids.entry = r.json.data.id;
	});
	await check('GET /projects/{id}/entries', async () => {
		const r = await call(
			'GET',
			`/projects/${ids.project.id}/entries?stage_id=${ids.project.pipeline.stages[0].id}`,
		);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('GET /projects/{id}/entries/{entry_id}', async () => {
		const r = await call('GET', `/projects/${ids.project.id}/entries/${ids.entry}`);
		expectStatus(r, 200);
	});
	await check('PUT /projects/{id}/entries/{entry_id}', async () => {
		const r = await call('PUT', `/projects/${ids.project.id}/entries/${ids.entry}`, {
			body: { rating: 4, notes: 'good' },
		});
		expectStatus(r, 200);
	});
	await check('PUT /projects/{id}/entries/{entry_id}/stage', async () => {
		const r = await call('PUT', `/projects/${ids.project.id}/entries/${ids.entry}/stage`, {
			body: { stage_id: ids.project.pipeline.stages[2].id },
		});
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.stage.name, 'Interview');
	});
	await check('DELETE /projects/{id}/entries/{entry_id}', async () => {
		const r = await call('DELETE', `/projects/${ids.project.id}/entries/${ids.entry}`);
		expectStatus(r, 204);
	});

	// ---------------------------------------------------------------- sequences
	await check('GET /sequences', async () => {
		const r = await call('GET', '/sequences');
		expectStatus(r, 200);
		assert.ok(r.json.data[0].enrollments);
	});
	await check('GET /sequences/{id}', async () => {
		const r = await call('GET', `/sequences/${sequence.id}`);
		expectStatus(r, 200);
	});
	await check('POST /sequences/{id}/enroll', async () => {
		const fresh = sim.seedContacts(1)[0];
		const r = await call('POST', `/sequences/${sequence.id}/enroll`, {
			body: { contact_ids: [fresh.id, fresh.id, '00000000-0000-4000-8000-000000000000'] },
		});
		expectStatus(r, 200);
		assert.deepStrictEqual(r.json.data, {
			enrolled: 1,
			skipped_blacklisted: 0,
			skipped_already_enrolled: 1,
			skipped_active_elsewhere: 0,
			skipped_not_found: 1,
		});
		ids.enrolled = fresh.id;
	});
	await check('GET /sequences/{id}/enrollments', async () => {
		const r = await call('GET', `/sequences/${sequence.id}/enrollments?status=active`);
		expectStatus(r, 200);
		listShape(r);
	});
	await check('POST /sequences/{id}/unenroll', async () => {
		const r = await call('POST', `/sequences/${sequence.id}/unenroll`, {
			body: { contact_ids: [ids.enrolled] },
		});
		expectStatus(r, 200);
		assert.deepStrictEqual(r.json.data, { unenrolled: 1, not_found: 0 });
	});

	// ---------------------------------------------------------------- sourcing
	await check('POST /sourcing/search', async () => {
		const r = await call('POST', '/sourcing/search', {
			body: {
				project_id: project.id,
				source_type: 'leonar_source',
				filters: {},
				page: 1,
				page_size: 100,
			},
		});
		expectStatus(r, 200);
		assert.ok(r.json.data.total_count >= 300);
		assert.strictEqual(r.json.data.next_page, 2);
	});
	await check('POST /sourcing/contacts/search', async () => {
		const r = await call('POST', '/sourcing/contacts/search', {
			body: { contact_types: ['candidate'], page: 1, page_size: 5 },
		});
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.profiles.length, 5);
	});
	await check('POST /sourcing/advanced/profiles/search', async () => {
		const r = await call('POST', '/sourcing/advanced/profiles/search', {
			body: { job_title: ['Engineer'], page: 1, page_size: 3 },
		});
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.credits_consumed, 3);
		assert.strictEqual(r.headers.get('x-ratelimit-limit'), null);
	});
	await check('POST /sourcing/linkedin/search', async () => {
		const r1 = await call('POST', '/sourcing/linkedin/search', {
			body: { project_id: project.id, account_id: account.id, page_size: 50 },
		});
		expectStatus(r1, 200);
		assert.ok(r1.json.data.cursor);
		const r2 = await call('POST', '/sourcing/linkedin/search', {
			body: {
				project_id: project.id,
				account_id: account.id,
				page_size: 50,
				cursor: r1.json.data.cursor,
			},
		});
		expectStatus(r2, 200);
		assert.notStrictEqual(r2.json.data.profiles[0].profile_id, r1.json.data.profiles[0].profile_id);
	});
	await check('GET /sourcing/linkedin/locations', async () => {
		const r = await call(
			'GET',
			`/sourcing/linkedin/locations?q=paris&account_id=${account.id}&api_type=recruiter`,
		);
		expectStatus(r, 200);
		assert.strictEqual(r.json.data[0].id, '105015875');
	});
	await check('GET /sourcing/locations', async () => {
		const r = await call('GET', '/sourcing/locations?q=berlin');
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 1);
	});
	await check('POST /sourcing/add-to-project', async () => {
		const s = await call('POST', '/sourcing/search', {
			body: {
				project_id: ids.project.id,
				source_type: 'leonar_source',
				filters: {},
				page: 1,
				page_size: 2,
			},
		});
		const r = await call('POST', '/sourcing/add-to-project', {
			body: { project_id: ids.project.id, profiles: s.json.data.profiles },
		});
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.added, 2);
		const again = await call('POST', '/sourcing/add-to-project', {
			body: { project_id: ids.project.id, profiles: s.json.data.profiles },
		});
		assert.strictEqual(again.json.data.added, 0);
	});

	// ---------------------------------------------------------------- workspace
	await check('GET /connected-accounts', async () => {
		const r = await call('GET', '/connected-accounts', { key: 'contacts:read' });
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 2);
	});
	await check('GET /workspace/members', async () => {
		const r = await call('GET', '/workspace/members');
		expectStatus(r, 200);
		assert.strictEqual(r.json.data.length, 3);
	});

	// ---------------------------------------------------------------- coverage of openapi.json
	await check('every openapi operation was called', async () => {
		const hit = new Set();
		for (const e of sim.log)
			for (const r of sim.routes)
				if (r.method === e.method && r.re.test(e.path) && e.status && e.status < 300) {
					hit.add(`${r.method} ${r.path}`);
					break;
				}
		const missing = sim.routes.map((r) => `${r.method} ${r.path}`).filter((k) => !hit.has(k));
		assert.deepStrictEqual(missing, []);
	});

	// ---------------------------------------------------------------- error paths
	await check('401 invalid_api_key', async () => {
		const r = await call('GET', '/contacts', { key: 'leo_nope' });
		expectStatus(r, 401);
		assert.strictEqual(r.json.error.code, 'invalid_api_key');
	});
	await check('403 insufficient_scope', async () => {
		const r = await call('POST', '/contacts', { key: 'read_only', body: { first_name: 'x' } });
		expectStatus(r, 403);
		assert.deepStrictEqual(r.json.error.details, { required_scope: 'contacts:write' });
	});
	await check('403 billing_required', async () => {
		const r = await call('GET', '/workspace/members', { key: 'billing_required' });
		expectStatus(r, 403);
		assert.strictEqual(r.json.error.code, 'billing_required');
	});
	await check('403 plan_upgrade_required', async () => {
		const a = await call('GET', '/sourcing/locations', { key: 'plan_upgrade_required' });
		expectStatus(a, 403);
		assert.strictEqual(a.json.error.code, 'plan_upgrade_required');
		const b = await call('GET', '/contacts?limit=1', { key: 'plan_upgrade_required' });
		expectStatus(b, 200);
	});
	await check('400 validation (email, unknown field, uuid, limit)', async () => {
		const a = await call('POST', '/contacts', { body: { first_name: 'x', email: 'nope', foo: 1 } });
		expectStatus(a, 400);
		assert.strictEqual(a.json.error.message, 'email: Invalid email format; foo: Unknown field');
		const b = await call('GET', '/contacts/123');
		expectStatus(b, 400);
		assert.strictEqual(b.json.error.message, 'id: Invalid uuid');
		const c = await call('GET', '/contacts?limit=101');
		expectStatus(c, 400);
		const d = await call('GET', '/contacts?first_name=foo.bar');
		expectStatus(d, 400);
		const e = await call('POST', '/tasks', {
			body: { title: 't', due_date: '2026-01-01T00:00:00Z' },
		});
		expectStatus(e, 400);
		const f = await call('PUT', `/contacts/${contact.id}`, { body: { custom_data: { foo: 1 } } });
		expectStatus(f, 400);
		assert.strictEqual(f.json.error.message, 'custom_data.foo: Unknown custom field');
	});
	await check('404 not_found', async () => {
		const r = await call('GET', '/deals/00000000-0000-4000-8000-000000000000');
		expectStatus(r, 404);
		assert.strictEqual(r.json.error.message, 'Deal not found');
	});
	await check('429 + faults', async () => {
		sim.setRateLimit({ limit: 2, windowSeconds: 2 });
		await call('GET', '/tags');
		await call('GET', '/tags');
		const r = await call('GET', '/tags');
		expectStatus(r, 429);
		assert.strictEqual(r.headers.get('x-ratelimit-remaining'), '0');
		sim.setRateLimit({ limit: 1000, windowSeconds: 3600 });
		sim.faults.add({ path: '/tags', action: { status: 503 } });
		expectStatus(await call('GET', '/tags'), 503);
		expectStatus(await call('GET', '/tags'), 200);
	});

	// The documented profile (profiles.js), switched over the control plane and back.
	const control = (profile) =>
		fetch(`${sim.baseUrl}/__sim/profile`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ profile }),
		}).then((r) => r.json());
	await check('profile documented: IMPLIED 404s (HTML, then JSON route error)', async () => {
		assert.deepStrictEqual(await control('documented'), { data: { profile: 'documented' } });
		const a = await call('GET', `/deals/${deal.id}`);
		expectStatus(a, 404);
		assert.match(String(a.json), /<html/);
		const b = await call('GET', `/deals/${deal.id}`);
		expectStatus(b, 404);
		assert.strictEqual(b.json.error.message, `Route GET /deals/${deal.id} not found`);
		expectStatus(await call('PUT', `/deals/${deal.id}/stage`, { body: {} }), 400);
	});
	await check('profile documented: undocumented parameters ignored, not rejected', async () => {
		const a = await call('GET', '/contacts?limit=2&updated_at=gte.2999-01-01&nope=1');
		expectStatus(a, 200);
		assert.strictEqual(a.json.data.length, 2);
		const b = await call('POST', '/companies', {
			body: { name: 'Documented Co', domain: 'doc.example', foo: 1 },
		});
		expectStatus(b, 201);
		assert.strictEqual(b.json.data.domain, null);
		const c = await call('POST', '/sourcing/advanced/profiles/search', {
			body: { job_title: ['Engineer'], page_size: 3 },
		});
		expectStatus(c, 200);
		assert.ok(c.json.data.profiles.length > 3);
		const d = await call('POST', '/contacts/search', { body: { query: contact.emails[0].email } });
		assert.strictEqual(d.json.data.length, 0);
		const e = await call('POST', '/contacts', { key: 'read_only', body: { first_name: 'x' } });
		assert.deepStrictEqual(Object.keys(e.json.error).sort(), ['code', 'message']);
		const f = await call('POST', '/sourcing/linkedin/search', {
			body: { project_id: project.id, account_id: account.id, page_size: 5 },
		});
		assert.ok(!('cursor' in f.json.data) && f.json.meta.next_cursor);
		assert.deepStrictEqual(await control('default'), { data: { profile: 'default' } });
	});

	await sim.close();
	console.log(`${results.length} passed, ${failed} failed (${Date.now() - t0} ms)`);
	process.exit(failed ? 1 : 0);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
