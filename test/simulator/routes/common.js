'use strict';
// Shared helpers and object formatters (record shapes per endpoint and their evidence: docs/api-evidence.md).
const { ApiError, notFound, invalid } = require('../util');

function get(ctx, collection, id, resource) {
	const rec = ctx.state[collection].get(id);
	if (!rec) throw notFound(resource);
	return rec;
}

function touch(ctx, rec) {
	rec.updated_at = ctx.now();
	return rec;
}

/** Throws 400 with all collected details at once. */
function fail(details) {
	if (details.length)
		throw new ApiError(
			400,
			'validation_error',
			details.map((d) => `${d.field}: ${d.message}`).join('; '),
			details,
		);
}

function refCheck(ctx, details, field, collection, id, resource) {
	if (id === undefined || id === null) return;
	if (!ctx.state[collection].has(id)) details.push({ field, message: `${resource} not found` });
}

function memberCheck(ctx, details, field, userId) {
	if (userId === undefined || userId === null) return;
	if (!ctx.state.members.has(userId)) details.push({ field, message: 'Unknown workspace member' });
}

/** Validate custom_data against the definitions of an entity ('contact' | 'company'). */
function validateCustomData(ctx, entity, data) {
	if (data === undefined || data === null) return;
	const defs = new Map(
		[...ctx.state.customFields.values()].filter((d) => d.entity === entity).map((d) => [d.key, d]),
	);
	const details = [];
	for (const [key, value] of Object.entries(data)) {
		const field = `custom_data.${key}`;
		const def = defs.get(key);
		if (!def) {
			details.push({ field, message: 'Unknown custom field' });
			continue;
		}
		if (value === null) continue; // update: removes the key; create: ignored
		switch (def.type) {
			case 'number':
				if (typeof value !== 'number' || !Number.isFinite(value))
					details.push({ field, message: 'Expected number' });
				break;
			case 'text':
				if (typeof value !== 'string') details.push({ field, message: 'Expected string' });
				break;
			case 'boolean':
				if (typeof value !== 'boolean') details.push({ field, message: 'Expected boolean' });
				break;
			case 'date':
				if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
					details.push({ field, message: 'Invalid date (expected YYYY-MM-DD)' });
				break;
			case 'select': {
				const allowed = def.options.map((o) => o.value);
				if (!allowed.includes(value))
					details.push({
						field,
						message: `Invalid option '${value}'. Expected ${allowed.map((v) => `'${v}'`).join(' | ')}`,
					});
				break;
			}
			case 'multi_select': {
				const allowed = def.options.map((o) => o.value);
				if (!Array.isArray(value) || value.some((v) => !allowed.includes(v)))
					details.push({
						field,
						message: `Invalid options. Expected any of ${allowed.map((v) => `'${v}'`).join(' | ')}`,
					});
				break;
			}
			default:
				break;
		}
	}
	fail(details);
}

function mergeCustomData(existing, patch, isCreate) {
	const out = isCreate ? {} : { ...(existing || {}) };
	if (!patch) return out;
	for (const [k, v] of Object.entries(patch)) {
		if (v === null) delete out[k];
		else out[k] = v;
	}
	return out;
}

const clone = (x) => structuredClone(x);

// ------------------------------------------------------------------ formatters
const CONTACT_SHORT = [
	'id',
	'first_name',
	'last_name',
	'title',
	'current_company',
	'location',
	'emails',
	'tags',
	'global_status',
	'created_at',
	'updated_at',
];
const contactFull = (c) => clone(c);
const contactShort = (c) => {
	const o = {};
	for (const k of CONTACT_SHORT) o[k] = clone(c[k] ?? null);
	return o;
};

function fileMeta(f) {
	const o = {
		id: f.id,
		filename: f.filename,
		content_type: f.content_type,
		size: f.size,
		created_at: f.created_at,
		updated_at: f.updated_at,
	};
	if (f.contact_id) o.contact_id = f.contact_id;
	if (f.project_id) o.project_id = f.project_id;
	return o;
}

function projectOut(ctx, p) {
	const entries = [...ctx.state.entries.values()].filter((e) => e.project_id === p.id);
	const company = p.client_company_id ? ctx.state.companies.get(p.client_company_id) : null;
	return {
		id: p.id,
		name: p.name,
		status: p.status,
		client_name: p.client_name ?? null,
		client_company_id: p.client_company_id ?? null,
		client_company: company ? { id: company.id, name: company.name } : null,
		location: p.location ?? null,
		description: p.description ?? null,
		template_id: p.template_id ?? null,
		owners: (p.owner_ids || [])
			.map((uid) => ctx.state.members.get(uid))
			.filter(Boolean)
			.map((m) => ({
				user_id: m.user_id,
				first_name: m.first_name,
				last_name: m.last_name,
				email: m.email,
			})),
		entries_count: entries.length,
		pipeline: {
			id: p.pipeline.id,
			stages: p.pipeline.stages.map((s) => ({
				...s,
				entries_count: entries.filter((e) => e.stage_id === s.id).length,
			})),
		},
		created_at: p.created_at,
		updated_at: p.updated_at,
	};
}

function entryOut(ctx, e) {
	const p = ctx.state.projects.get(e.project_id);
	const stage = p && p.pipeline.stages.find((s) => s.id === e.stage_id);
	const c = ctx.state.contacts.get(e.contact_id);
	return {
		id: e.id,
		project_id: e.project_id,
		contact_id: e.contact_id,
		stage_id: e.stage_id,
		stage: stage ? { id: stage.id, name: stage.name } : null,
		rating: e.rating ?? null,
		notes: e.notes ?? null,
		rejection_reason_id: e.rejection_reason_id ?? null,
		stage_changed_at: e.stage_changed_at,
		created_at: e.created_at,
		updated_at: e.updated_at,
		contact: c ? contactFull(c) : null,
	};
}

function sequenceOut(ctx, s) {
	const en = [...ctx.state.enrollments.values()].filter((e) => e.sequence_id === s.id);
	const count = (st) => en.filter((e) => e.status === st).length;
	return {
		...clone(s),
		enrollments: {
			total: en.length,
			active: count('active'),
			paused: count('paused'),
			finished: count('finished'),
			replied: count('replied'),
			bounced: count('bounced'),
		},
	};
}

function enrollmentOut(ctx, e) {
	const c = ctx.state.contacts.get(e.contact_id);
	return { ...clone(e), contact: c ? contactShort(c) : null };
}

function conversationOut(ctx, c) {
	const msgs = [...ctx.state.messages.values()].filter((m) => m.conversation_id === c.id);
	const contact = ctx.state.contacts.get(c.contact_id);
	return {
		...clone(c),
		messages_count: msgs.length,
		contact: contact ? contactShort(contact) : null,
	};
}

function messageOut(m) {
	return {
		id: m.id,
		conversation_id: m.conversation_id,
		direction: m.direction,
		content: m.content,
		subject: m.subject ?? null,
		channel: m.channel,
		sent_at: m.sent_at,
		read_at: m.read_at ?? null,
	};
}

function dealOut(d) {
	const o = clone(d);
	return o;
}

/** Default exclusion of archived rows unless the query filters on archived_at explicitly. */
function hideArchived(ctx, records, field = 'archived_at') {
	if ((ctx.filters || []).some((f) => f.field === field)) return records;
	return records.filter((r) => !r[field]);
}

const values = (ctx, coll) => [...ctx.state[coll].values()];
const ci = (s) => String(s ?? '').toLowerCase();
const includesCi = (hay, needle) => ci(hay).includes(ci(needle));

module.exports = {
	get,
	touch,
	fail,
	refCheck,
	memberCheck,
	validateCustomData,
	mergeCustomData,
	clone,
	invalid,
	notFound,
	ApiError,
	contactFull,
	contactShort,
	fileMeta,
	projectOut,
	entryOut,
	sequenceOut,
	enrollmentOut,
	conversationOut,
	messageOut,
	dealOut,
	hideArchived,
	values,
	ci,
	includesCi,
};
