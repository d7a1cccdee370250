'use strict';
const C = require('./common');
const Q = require('../query');
const files = require('./files');

const CONTACT_DEFAULTS = {
	last_name: null,
	title: null,
	current_company: null,
	company_id: null,
	location: null,
	linkedin_profile: null,
	emails: [],
	phones: [],
	tags: [],
	contact_type: 'candidate',
	global_status: 'new',
	source: 'api',
	summary: null,
	skills: [],
	languages: [],
	years_experience: null,
	custom_data: {},
	do_not_contact: false,
	last_contacted_at: null,
	archived_at: null,
};
const SIMPLE = [
	'first_name',
	'last_name',
	'title',
	'current_company',
	'company_id',
	'location',
	'linkedin_profile',
	'skills',
	'languages',
	'summary',
	'years_experience',
	'contact_type',
	'source',
	'do_not_contact',
];

/** Resolve tag names to existing tags (case-insensitive), auto-creating the missing ones. Returns canonical names. */
function resolveTagNames(ctx, names) {
	const out = [];
	for (const name of names) {
		const trimmed = name.trim();
		let tag = C.values(ctx, 'tags').find(
			(t) => C.ci(t.name) === C.ci(trimmed) && ['global', 'contact'].includes(t.scope),
		);
		if (!tag) {
			tag = {
				id: ctx.newId(),
				name: trimmed,
				color: '#64748B',
				scope: 'contact',
				created_at: ctx.now(),
			};
			ctx.state.tags.set(tag.id, tag);
		}
		if (!out.includes(tag.name)) out.push(tag.name);
	}
	return out;
}

function applyContactBody(ctx, c, body, isCreate) {
	const details = [];
	C.refCheck(ctx, details, 'company_id', 'companies', body.company_id, 'Company');
	C.fail(details);
	C.validateCustomData(ctx, 'contact', body.custom_data, { allowNull: !isCreate });
	for (const k of SIMPLE) if (body[k] !== undefined) c[k] = C.clone(body[k]);
	if (body.company_id && body.current_company === undefined)
		c.current_company = ctx.state.companies.get(body.company_id).name;
	if (body.emails !== undefined)
		c.emails = C.clone(body.emails).map((e) => ({ email: e.email, type: e.type || 'work' }));
	if (body.email !== undefined) {
		c.emails = [
			{ email: body.email, type: 'work' },
			...(c.emails || []).filter((e) => C.ci(e.email) !== C.ci(body.email)),
		];
	}
	if (body.phones !== undefined)
		c.phones = C.clone(body.phones).map((p) => ({ phone: p.phone, type: p.type || 'work' }));
	if (body.phone !== undefined)
		c.phones = [
			{ phone: body.phone, type: 'work' },
			...(c.phones || []).filter((p) => p.phone !== body.phone),
		];
	if (c.emails.length > 5) throw C.invalid('emails', 'Array must contain at most 5 element(s)');
	if (c.phones.length > 5) throw C.invalid('phones', 'Array must contain at most 5 element(s)');
	if (body.tags !== undefined) c.tags = resolveTagNames(ctx, body.tags);
	if (body.custom_data !== undefined)
		c.custom_data = C.mergeCustomData(c.custom_data, body.custom_data, isCreate);
	if (body.global_status !== undefined) {
		c.global_status = body.global_status;
		if (body.global_status === 'archived') c.archived_at = c.archived_at || ctx.now();
		else c.archived_at = null;
	}
	if (body.do_not_contact === true && body.global_status === undefined && !c.archived_at)
		c.global_status = 'do_not_contact';
}

function createContactRecord(ctx, body) {
	const now = ctx.now();
	const c = {
		id: ctx.newId(),
		first_name: body.first_name,
		...C.clone(CONTACT_DEFAULTS),
		created_at: now,
		updated_at: now,
	};
	applyContactBody(ctx, c, body, true);
	ctx.state.contacts.set(c.id, c);
	return c;
}

function listNamedFilters(ctx, rows) {
	const q = ctx.query;
	const opOn = (f) => (ctx.filters || []).some((x) => x.field === f);
	const gs = q.global_status || 'all';
	if (gs === 'archived') rows = rows.filter((c) => c.archived_at);
	else if (!opOn('archived_at') && !opOn('global_status'))
		rows = rows.filter((c) => !c.archived_at);
	if (gs !== 'all' && gs !== 'archived') rows = rows.filter((c) => c.global_status === gs);
	if (q.search)
		rows = rows.filter((c) =>
			[
				`${c.first_name} ${c.last_name || ''}`,
				c.title,
				c.current_company,
				...(c.emails || []).map((e) => e.email),
			].some((v) => C.includesCi(v, q.search)),
		);
	if (q.contact_type) rows = rows.filter((c) => c.contact_type === q.contact_type);
	if (q.company_id) rows = rows.filter((c) => c.company_id === q.company_id);
	if (q.location) rows = rows.filter((c) => C.includesCi(c.location, q.location));
	if (q.created_after)
		rows = rows.filter((c) => Date.parse(c.created_at) >= Date.parse(q.created_after));
	if (q.created_before)
		rows = rows.filter((c) => Date.parse(c.created_at) < Date.parse(q.created_before));
	return rows;
}

module.exports = {
	_createContactRecord: createContactRecord,
	_resolveTagNames: resolveTagNames,

	_seedContacts(ctx, n, overrides = {}) {
		const out = [];
		const base = ctx.state.contacts.size;
		for (let i = 0; i < n; i++) {
			const c = createContactRecord(
				{ ...ctx, now: ctx.now },
				{
					first_name: `Seeded${base + i}`,
					last_name: 'Contact',
					email: `seeded${base + i}.${Date.now().toString(36)}@example.com`,
					title: 'Engineer',
					location: 'Paris, France',
				},
			);
			Object.assign(c, C.clone(overrides));
			out.push(C.contactFull(c));
		}
		return out;
	},

	_deleteContacts(ctx, n) {
		const rows = Q.sortRecords(
			C.values(ctx, 'contacts').filter((c) => !c.archived_at),
			Q.parseSort('-created_at'),
		);
		for (const c of rows.slice(0, n)) ctx.state.contacts.delete(c.id);
	},

	listContacts(ctx) {
		return { body: Q.list(ctx, listNamedFilters(ctx, C.values(ctx, 'contacts')), C.contactShort) };
	},

	searchContacts(ctx) {
		const b = ctx.body;
		let rows = C.values(ctx, 'contacts').filter((c) => !c.archived_at);
		const has = (v) => v !== undefined && v !== null && v !== '';
		if (has(b.query)) {
			const terms = C.ci(b.query).split(/\s+/).filter(Boolean);
			rows = rows.filter((c) => {
				const hay = C.ci(
					[
						c.first_name,
						c.last_name,
						c.title,
						c.current_company,
						c.location,
						c.summary,
						...(c.skills || []),
						// the documented profile: the free text does not cover email addresses
						...(ctx.profile && !ctx.profile.searchMatchesEmail
							? []
							: (c.emails || []).map((e) => e.email)),
					].join(' '),
				);
				return terms.every((t) => hay.includes(t));
			});
		}
		if (has(b.name))
			rows = rows.filter((c) => C.includesCi(`${c.first_name} ${c.last_name || ''}`, b.name));
		if (has(b.title)) rows = rows.filter((c) => C.includesCi(c.title, b.title));
		if (has(b.company)) rows = rows.filter((c) => C.includesCi(c.current_company, b.company));
		if (has(b.location)) rows = rows.filter((c) => C.includesCi(c.location, b.location));
		if (b.contact_types && b.contact_types.length)
			rows = rows.filter((c) => b.contact_types.includes(c.contact_type));
		if (b.tags && b.tags.length)
			rows = rows.filter((c) =>
				b.tags.some((t) => (c.tags || []).some((x) => C.ci(x) === C.ci(t))),
			);
		const dateCmp = (field, v, after) => (c) =>
			c[field] &&
			(after ? Date.parse(c[field]) >= Date.parse(v) : Date.parse(c[field]) < Date.parse(v));
		if (b.created_after) rows = rows.filter(dateCmp('created_at', b.created_after, true));
		if (b.created_before) rows = rows.filter(dateCmp('created_at', b.created_before, false));
		if (b.last_contacted_after)
			rows = rows.filter(dateCmp('last_contacted_at', b.last_contacted_after, true));
		if (b.last_contacted_before)
			rows = rows.filter(dateCmp('last_contacted_at', b.last_contacted_before, false));
		const salary = (c) => (c.custom_data || {}).salary_expectation;
		if (b.salary_min !== undefined)
			rows = rows.filter((c) => typeof salary(c) === 'number' && salary(c) >= b.salary_min);
		if (b.salary_max !== undefined)
			rows = rows.filter((c) => typeof salary(c) === 'number' && salary(c) <= b.salary_max);
		if (b.project_id) {
			const ids = new Set(
				C.values(ctx, 'entries')
					.filter((e) => e.project_id === b.project_id)
					.map((e) => e.contact_id),
			);
			rows = rows.filter((c) => ids.has(c.id));
		}
		if (b.sequence_id) {
			const ids = new Set(
				C.values(ctx, 'enrollments')
					.filter((e) => e.sequence_id === b.sequence_id)
					.map((e) => e.contact_id),
			);
			rows = rows.filter((c) => ids.has(c.id));
		}
		const sorted = Q.sortRecords(rows, [
			{ field: b.sort_by || 'created_at', desc: (b.sort_direction || 'desc') === 'desc' },
		]);
		return { body: Q.page(sorted, b.limit ?? 50, b.offset ?? 0, C.contactFull) };
	},

	createContact(ctx) {
		return { status: 201, body: { data: C.contactFull(createContactRecord(ctx, ctx.body)) } };
	},

	listContactCustomFields(ctx) {
		const defs = C.values(ctx, 'customFields')
			.filter((d) => d.entity === 'contact')
			.sort((a, b) => a.position - b.position);
		return {
			body: Q.page(defs, ctx.query.limit, ctx.query.offset, ({ entity, ...d }) => C.clone(d)),
		};
	},

	getContact(ctx) {
		return { body: { data: C.contactFull(C.get(ctx, 'contacts', ctx.params.id, 'Contact')) } };
	},

	updateContact(ctx) {
		const c = C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const draft = C.clone(c);
		applyContactBody(ctx, draft, ctx.body, false);
		Object.assign(c, draft);
		C.touch(ctx, c);
		return { body: { data: C.contactFull(c) } };
	},

	archiveContact(ctx) {
		const c = C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		if (!c.archived_at) {
			c.archived_at = ctx.now();
			c.global_status = 'archived';
			C.touch(ctx, c);
		}
		return { body: { data: C.contactFull(c) } };
	},

	listContactFiles(ctx) {
		C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		return files.listFor(ctx, 'contact_id', ctx.params.id);
	},
	uploadContactFile(ctx) {
		C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		return files.upload(ctx, { contact_id: ctx.params.id });
	},
	getContactFile(ctx) {
		C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const f = files.getFor(ctx, 'contact_id', ctx.params.id);
		return { body: { data: { ...C.fileMeta(f), file_base64: f.file_base64 } } };
	},
	deleteContactFile(ctx) {
		C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const f = files.getFor(ctx, 'contact_id', ctx.params.id);
		ctx.state.files.delete(f.id);
		return { status: 204 };
	},

	addContactTag(ctx) {
		const c = C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const tag = C.get(ctx, 'tags', ctx.body.tag_id, 'Tag');
		if (!(c.tags || []).includes(tag.name)) {
			c.tags = [...(c.tags || []), tag.name];
			C.touch(ctx, c);
		}
		return { body: { data: C.contactFull(c) } };
	},
	removeContactTag(ctx) {
		const c = C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const tag = C.get(ctx, 'tags', ctx.params.tag_id, 'Tag');
		if ((c.tags || []).includes(tag.name)) {
			c.tags = c.tags.filter((t) => t !== tag.name);
			C.touch(ctx, c);
		}
		return { status: 204 };
	},

	listContactNotes(ctx) {
		C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		return {
			body: Q.list(
				ctx,
				C.values(ctx, 'notes').filter((n) => n.contact_id === ctx.params.id),
				C.clone,
			),
		};
	},
	createContactNote(ctx) {
		const c = C.get(ctx, 'contacts', ctx.params.id, 'Contact');
		const now = ctx.now();
		const author = [...ctx.state.members.keys()][0] || null;
		const n = {
			id: ctx.newId(),
			content: ctx.body.content,
			contact_id: c.id,
			company_id: null,
			deal_id: null,
			project_id: null,
			author_id: author,
			created_at: now,
			updated_at: now,
		};
		ctx.state.notes.set(n.id, n);
		return { status: 201, body: { data: C.clone(n) } };
	},
};
