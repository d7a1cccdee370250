'use strict';
// Companies, deals (+ pipelines), notes, tags, tasks.
const C = require('./common');
const Q = require('../query');

const COMPANY_FIELDS = [
	'name',
	'domain',
	'industry',
	'size',
	'location',
	'website',
	'linkedin_url',
	'description',
];
const companyOut = (c) => C.clone(c);

function expected(d) {
	return d.amount != null && d.probability != null
		? Math.round(d.amount * d.probability) / 100
		: null;
}

function applyDeal(ctx, d, body, isCreate) {
	const details = [];
	const pipelineId = body.pipeline_id ?? d.pipeline_id;
	if (body.pipeline_id !== undefined && !ctx.state.pipelines.has(body.pipeline_id))
		details.push({ field: 'pipeline_id', message: 'Pipeline not found' });
	C.refCheck(ctx, details, 'company_id', 'companies', body.company_id, 'Company');
	C.memberCheck(ctx, details, 'owner_id', body.owner_id);
	(body.contact_ids || []).forEach((cid, i) =>
		C.refCheck(ctx, details, `contact_ids.${i}`, 'contacts', cid, 'Contact'),
	);
	C.fail(details);
	const pipeline = ctx.state.pipelines.get(pipelineId);
	let stageId = body.stage_id;
	if (stageId !== undefined) {
		if (!pipeline || !pipeline.stages.some((s) => s.id === stageId))
			throw C.invalid('stage_id', "Stage does not belong to the deal's pipeline");
	} else if (isCreate || (body.pipeline_id !== undefined && body.pipeline_id !== d.pipeline_id)) {
		stageId = pipeline.stages[0].id;
	}
	for (const k of [
		'title',
		'company_id',
		'owner_id',
		'amount',
		'currency',
		'expected_close_date',
		'probability',
	])
		if (body[k] !== undefined) d[k] = body[k];
	if (body.contact_ids !== undefined) d.contact_ids = [...new Set(body.contact_ids)];
	if (pipelineId) d.pipeline_id = pipelineId;
	if (stageId) d.stage_id = stageId;
	d.expected_amount = expected(d);
}

function simpleGetPut(collection, resource) {
	return (ctx) => ({ body: { data: C.clone(C.get(ctx, collection, ctx.params.id, resource)) } });
}

module.exports = {
	// -------------------------------------------------------------- companies
	listCompanies(ctx) {
		let rows = C.hideArchived(ctx, C.values(ctx, 'companies'));
		if (ctx.query.search)
			rows = rows.filter(
				(c) => C.includesCi(c.name, ctx.query.search) || C.includesCi(c.domain, ctx.query.search),
			);
		return { body: Q.list(ctx, rows, companyOut) };
	},
	createCompany(ctx) {
		C.validateCustomData(ctx, 'company', ctx.body.custom_data, { allowNull: false });
		const now = ctx.now();
		const c = {
			id: ctx.newId(),
			name: ctx.body.name,
			domain: null,
			industry: null,
			size: null,
			location: null,
			website: null,
			linkedin_url: null,
			description: null,
			custom_data: {},
			created_at: now,
			updated_at: now,
			archived_at: null,
		};
		for (const k of COMPANY_FIELDS) if (ctx.body[k] !== undefined) c[k] = ctx.body[k];
		c.custom_data = C.mergeCustomData({}, ctx.body.custom_data, true);
		ctx.state.companies.set(c.id, c);
		return { status: 201, body: { data: companyOut(c) } };
	},
	listCompanyCustomFields(ctx) {
		const defs = C.values(ctx, 'customFields')
			.filter((d) => d.entity === 'company')
			.sort((a, b) => a.position - b.position);
		return {
			body: Q.page(defs, ctx.query.limit, ctx.query.offset, ({ entity: _entity, ...d }) =>
				C.clone(d),
			),
		};
	},
	getCompany: simpleGetPut('companies', 'Company'),
	updateCompany(ctx) {
		const c = C.get(ctx, 'companies', ctx.params.id, 'Company');
		C.validateCustomData(ctx, 'company', ctx.body.custom_data, { allowNull: true });
		for (const k of COMPANY_FIELDS) if (ctx.body[k] !== undefined) c[k] = ctx.body[k];
		if (ctx.body.custom_data !== undefined)
			c.custom_data = C.mergeCustomData(c.custom_data, ctx.body.custom_data, false);
		C.touch(ctx, c);
		return { body: { data: companyOut(c) } };
	},
	archiveCompany(ctx) {
		const c = C.get(ctx, 'companies', ctx.params.id, 'Company');
		if (!c.archived_at) {
			c.archived_at = ctx.now();
			C.touch(ctx, c);
		}
		return { body: { data: companyOut(c) } };
	},

	// -------------------------------------------------------------- deals
	listDeals(ctx) {
		let rows = C.hideArchived(ctx, C.values(ctx, 'deals'));
		for (const k of ['status', 'pipeline_id', 'stage_id', 'company_id', 'owner_id'])
			if (ctx.query[k]) rows = rows.filter((d) => d[k] === ctx.query[k]);
		return { body: Q.list(ctx, rows, C.dealOut) };
	},
	createDeal(ctx) {
		const now = ctx.now();
		const def =
			C.values(ctx, 'pipelines').find((p) => p.is_default) || C.values(ctx, 'pipelines')[0];
		const d = {
			id: ctx.newId(),
			title: ctx.body.title,
			status: 'open',
			amount: null,
			signed_amount: null,
			currency: 'EUR',
			expected_amount: null,
			expected_close_date: null,
			actual_close_date: null,
			probability: null,
			pipeline_id: def ? def.id : null,
			stage_id: null,
			company_id: null,
			owner_id: null,
			contact_ids: [],
			close_reason_id: null,
			loss_reason_id: null,
			closed_at: null,
			created_at: now,
			updated_at: now,
			archived_at: null,
		};
		applyDeal(ctx, d, ctx.body, true);
		ctx.state.deals.set(d.id, d);
		return { status: 201, body: { data: C.dealOut(d) } };
	},
	listDealPipelines(ctx) {
		const rows = C.values(ctx, 'pipelines').sort((a, b) => a.position - b.position);
		return { body: Q.page(rows, ctx.query.limit, ctx.query.offset, C.clone) };
	},
	getDeal: simpleGetPut('deals', 'Deal'),
	updateDeal(ctx) {
		const d = C.get(ctx, 'deals', ctx.params.id, 'Deal');
		const draft = C.clone(d);
		applyDeal(ctx, draft, ctx.body, false);
		Object.assign(d, draft);
		C.touch(ctx, d);
		return { body: { data: C.dealOut(d) } };
	},
	archiveDeal(ctx) {
		const d = C.get(ctx, 'deals', ctx.params.id, 'Deal');
		if (!d.archived_at) {
			d.archived_at = ctx.now();
			C.touch(ctx, d);
		}
		return { body: { data: C.dealOut(d) } };
	},
	moveDealStage(ctx) {
		const d = C.get(ctx, 'deals', ctx.params.id, 'Deal');
		const p = ctx.state.pipelines.get(d.pipeline_id);
		if (!p || !p.stages.some((s) => s.id === ctx.body.stage_id))
			throw C.invalid('stage_id', "Stage does not belong to the deal's pipeline");
		d.stage_id = ctx.body.stage_id;
		C.touch(ctx, d);
		return { body: { data: C.dealOut(d) } };
	},
	closeDeal(ctx) {
		const d = C.get(ctx, 'deals', ctx.params.id, 'Deal');
		const b = ctx.body;
		d.status = b.status;
		d.closed_at = ctx.now();
		d.actual_close_date = b.actual_close_date || ctx.clock.today();
		if (b.signed_amount !== undefined) d.signed_amount = b.signed_amount;
		else if (b.status === 'won' && d.signed_amount == null) d.signed_amount = d.amount;
		d.close_reason_id = b.close_reason_id ?? null;
		d.loss_reason_id = b.loss_reason_id ?? null;
		C.touch(ctx, d);
		return { body: { data: C.dealOut(d) } };
	},
	reopenDeal(ctx) {
		const d = C.get(ctx, 'deals', ctx.params.id, 'Deal');
		if (d.status !== 'open') {
			Object.assign(d, {
				status: 'open',
				closed_at: null,
				actual_close_date: null,
				signed_amount: null,
				close_reason_id: null,
				loss_reason_id: null,
			});
			C.touch(ctx, d);
		}
		return { body: { data: C.dealOut(d) } };
	},

	// -------------------------------------------------------------- notes
	listNotes(ctx) {
		let rows = C.values(ctx, 'notes');
		for (const k of ['contact_id', 'company_id', 'deal_id', 'project_id'])
			if (ctx.query[k]) rows = rows.filter((n) => n[k] === ctx.query[k]);
		return { body: Q.list(ctx, rows, C.clone) };
	},
	getNote: simpleGetPut('notes', 'Note'),
	updateNote(ctx) {
		const n = C.get(ctx, 'notes', ctx.params.id, 'Note');
		n.content = ctx.body.content;
		C.touch(ctx, n);
		return { body: { data: C.clone(n) } };
	},

	// -------------------------------------------------------------- tags
	listTags(ctx) {
		let rows = C.values(ctx, 'tags');
		if (ctx.query.scope) rows = rows.filter((t) => t.scope === ctx.query.scope);
		if (ctx.query.search) rows = rows.filter((t) => C.includesCi(t.name, ctx.query.search));
		return { body: Q.list(ctx, rows, C.clone) };
	},
	createTag(ctx) {
		const t = {
			id: ctx.newId(),
			name: ctx.body.name,
			color: ctx.body.color || '#64748B',
			scope: ctx.body.scope || 'global',
			created_at: ctx.now(),
		};
		ctx.state.tags.set(t.id, t);
		return { status: 201, body: { data: C.clone(t) } };
	},

	// -------------------------------------------------------------- tasks
	listTasks(ctx) {
		let rows = C.values(ctx, 'tasks');
		for (const k of [
			'status',
			'type',
			'priority',
			'assigned_to',
			'contact_id',
			'company_id',
			'deal_id',
			'project_id',
		])
			if (ctx.query[k]) rows = rows.filter((t) => t[k] === ctx.query[k]);
		return { body: Q.list(ctx, rows, C.clone) };
	},
	createTask(ctx) {
		const now = ctx.now();
		const t = {
			id: ctx.newId(),
			title: ctx.body.title,
			description: null,
			type: 'todo',
			status: 'todo',
			priority: 'medium',
			due_date: null,
			assigned_to: null,
			contact_id: null,
			company_id: null,
			deal_id: null,
			project_id: null,
			completed_at: null,
			created_at: now,
			updated_at: now,
		};
		applyTask(ctx, t, ctx.body);
		ctx.state.tasks.set(t.id, t);
		return { status: 201, body: { data: C.clone(t) } };
	},
	getTask: simpleGetPut('tasks', 'Task'),
	updateTask(ctx) {
		const t = C.get(ctx, 'tasks', ctx.params.id, 'Task');
		applyTask(ctx, t, ctx.body);
		C.touch(ctx, t);
		return { body: { data: C.clone(t) } };
	},
	deleteTask(ctx) {
		C.get(ctx, 'tasks', ctx.params.id, 'Task');
		ctx.state.tasks.delete(ctx.params.id);
		return { status: 204 };
	},
};

function applyTask(ctx, t, b) {
	const details = [];
	C.refCheck(ctx, details, 'contact_id', 'contacts', b.contact_id, 'Contact');
	C.refCheck(ctx, details, 'company_id', 'companies', b.company_id, 'Company');
	C.refCheck(ctx, details, 'deal_id', 'deals', b.deal_id, 'Deal');
	C.refCheck(ctx, details, 'project_id', 'projects', b.project_id, 'Project');
	C.memberCheck(ctx, details, 'assigned_to', b.assigned_to);
	C.fail(details);
	const before = t.status;
	for (const k of [
		'title',
		'description',
		'type',
		'status',
		'priority',
		'due_date',
		'assigned_to',
		'contact_id',
		'company_id',
		'deal_id',
		'project_id',
	])
		if (b[k] !== undefined) t[k] = b[k];
	if (t.status === 'done' && before !== 'done') t.completed_at = ctx.now();
	if (t.status !== 'done') t.completed_at = null;
}
