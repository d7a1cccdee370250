'use strict';
// Projects, project files, pipeline entries.
const C = require('./common');
const Q = require('../query');
const files = require('./files');
const { defaultProjectPipeline } = require('../store');

function getEntry(ctx) {
	const p = C.get(ctx, 'projects', ctx.params.id, 'Project');
	const e = ctx.state.entries.get(ctx.params.entry_id);
	if (!e || e.project_id !== p.id) throw C.notFound('Pipeline entry');
	return { p, e };
}

function addEntry(ctx, p, contactId, stageId) {
	const now = ctx.now();
	const e = {
		id: ctx.newId(),
		project_id: p.id,
		contact_id: contactId,
		stage_id: stageId || p.pipeline.stages[0].id,
		rating: null,
		notes: null,
		rejection_reason_id: null,
		stage_changed_at: now,
		created_at: now,
		updated_at: now,
	};
	ctx.state.entries.set(e.id, e);
	p.updated_at = now;
	return e;
}

const inProject = (ctx, projectId, contactId) =>
	C.values(ctx, 'entries').some((e) => e.project_id === projectId && e.contact_id === contactId);

module.exports = {
	_addEntry: addEntry,
	_inProject: inProject,

	listProjects(ctx) {
		let rows = C.values(ctx, 'projects');
		const status = ctx.query.status;
		const opOnStatus = (ctx.filters || []).some((f) => f.field === 'status');
		if (status === 'active' || status === 'archived')
			rows = rows.filter((p) => p.status === status);
		else if (status !== 'all' && !opOnStatus) rows = rows.filter((p) => p.status !== 'archived');
		if (ctx.query.search)
			rows = rows.filter(
				(p) =>
					C.includesCi(p.name, ctx.query.search) || C.includesCi(p.client_name, ctx.query.search),
			);
		const full = rows.map((p) => C.projectOut(ctx, p));
		return { body: Q.list(ctx, full, (x) => x) };
	},
	createProject(ctx) {
		const b = ctx.body;
		const details = [];
		C.refCheck(ctx, details, 'client_company_id', 'companies', b.client_company_id, 'Company');
		(b.owner_ids || []).forEach((u, i) => C.memberCheck(ctx, details, `owner_ids.${i}`, u));
		C.fail(details);
		const now = ctx.now();
		const id = ctx.newId();
		const company = b.client_company_id ? ctx.state.companies.get(b.client_company_id) : null;
		const p = {
			id,
			name: b.name,
			status: 'active',
			client_name: b.client_name ?? (company ? company.name : null),
			client_company_id: b.client_company_id ?? null,
			location: b.location ?? null,
			description: b.description ?? null,
			template_id: null,
			owner_ids:
				b.owner_ids && b.owner_ids.length
					? [...new Set(b.owner_ids)]
					: [[...ctx.state.members.keys()][0]].filter(Boolean),
			pipeline: defaultProjectPipeline(() => ctx.newId()),
			created_at: now,
			updated_at: now,
		};
		ctx.state.projects.set(id, p);
		return { status: 201, body: { data: C.projectOut(ctx, p) } };
	},
	getProject(ctx) {
		return { body: { data: C.projectOut(ctx, C.get(ctx, 'projects', ctx.params.id, 'Project')) } };
	},
	updateProject(ctx) {
		const p = C.get(ctx, 'projects', ctx.params.id, 'Project');
		const details = [];
		C.refCheck(
			ctx,
			details,
			'client_company_id',
			'companies',
			ctx.body.client_company_id,
			'Company',
		);
		C.fail(details);
		for (const k of [
			'name',
			'client_name',
			'client_company_id',
			'status',
			'location',
			'description',
		])
			if (ctx.body[k] !== undefined) p[k] = ctx.body[k];
		C.touch(ctx, p);
		return { body: { data: C.projectOut(ctx, p) } };
	},

	listProjectFiles(ctx) {
		C.get(ctx, 'projects', ctx.params.id, 'Project');
		return files.listFor(ctx, 'project_id', ctx.params.id);
	},
	uploadProjectFile(ctx) {
		C.get(ctx, 'projects', ctx.params.id, 'Project');
		return files.upload(ctx, { project_id: ctx.params.id });
	},
	getProjectFile(ctx) {
		C.get(ctx, 'projects', ctx.params.id, 'Project');
		const f = files.getFor(ctx, 'project_id', ctx.params.id);
		return { body: { data: { ...C.fileMeta(f), file_base64: f.file_base64 } } };
	},
	deleteProjectFile(ctx) {
		C.get(ctx, 'projects', ctx.params.id, 'Project');
		const f = files.getFor(ctx, 'project_id', ctx.params.id);
		ctx.state.files.delete(f.id);
		return { status: 204 };
	},

	// -------------------------------------------------------------- entries
	listEntries(ctx) {
		const p = C.get(ctx, 'projects', ctx.params.id, 'Project');
		let rows = C.values(ctx, 'entries').filter((e) => e.project_id === p.id);
		if (ctx.query.stage_id) rows = rows.filter((e) => e.stage_id === ctx.query.stage_id);
		return {
			body: Q.list(
				ctx,
				rows.map((e) => C.entryOut(ctx, e)),
				(x) => x,
			),
		};
	},
	createEntry(ctx) {
		const p = C.get(ctx, 'projects', ctx.params.id, 'Project');
		C.get(ctx, 'contacts', ctx.body.contact_id, 'Contact');
		if (ctx.body.stage_id && !p.pipeline.stages.some((s) => s.id === ctx.body.stage_id))
			throw C.invalid('stage_id', "Stage does not belong to this project's pipeline");
		if (inProject(ctx, p.id, ctx.body.contact_id))
			throw C.invalid('contact_id', 'Contact is already in this project');
		const e = addEntry(ctx, p, ctx.body.contact_id, ctx.body.stage_id);
		return { status: 201, body: { data: C.entryOut(ctx, e) } };
	},
	getEntry(ctx) {
		const { e } = getEntry(ctx);
		return { body: { data: C.entryOut(ctx, e) } };
	},
	updateEntry(ctx) {
		const { e } = getEntry(ctx);
		if (ctx.body.rating !== undefined) e.rating = ctx.body.rating;
		if (ctx.body.notes !== undefined) e.notes = ctx.body.notes;
		C.touch(ctx, e);
		return { body: { data: C.entryOut(ctx, e) } };
	},
	moveEntryStage(ctx) {
		const { p, e } = getEntry(ctx);
		if (!p.pipeline.stages.some((s) => s.id === ctx.body.stage_id))
			throw C.invalid('stage_id', "Stage does not belong to this project's pipeline");
		if (e.stage_id !== ctx.body.stage_id) {
			e.stage_id = ctx.body.stage_id;
			e.stage_changed_at = ctx.now();
		}
		C.touch(ctx, e);
		return { body: { data: C.entryOut(ctx, e) } };
	},
	deleteEntry(ctx) {
		const { e } = getEntry(ctx);
		ctx.state.entries.delete(e.id);
		return { status: 204 };
	},
};
