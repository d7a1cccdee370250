'use strict';
// Sourcing: unified search, CRM-contact search, advanced (credit) search, LinkedIn search (cursor), locations, add-to-project.
const crypto = require('crypto');
const C = require('./common');
const { LINKEDIN_LOCATIONS } = require('../store');
const projects = require('./projects');
const contacts = require('./contacts');

// ------------------------------------------------------------------ boolean query (NOT > AND > OR, quotes, parentheses)
function parseBoolean(q) {
	const tokens = [];
	const re = /\s*(?:(\()|(\))|"([^"]*)"|([^\s()"]+))/y;
	let m;
	let pos = 0;
	const src = q.trim();
	while (pos < src.length) {
		re.lastIndex = pos;
		m = re.exec(src);
		if (!m) throw C.invalid('boolean_query', 'Invalid boolean query');
		pos = re.lastIndex;
		if (m[1]) tokens.push({ t: '(' });
		else if (m[2]) tokens.push({ t: ')' });
		else if (m[3] !== undefined) tokens.push({ t: 'term', v: m[3].toLowerCase() });
		else if (['AND', 'OR', 'NOT'].includes(m[4])) tokens.push({ t: m[4] });
		else tokens.push({ t: 'term', v: m[4].toLowerCase() });
		while (pos < src.length && /\s/.test(src[pos])) pos++;
	}
	let i = 0;
	const bad = () => C.invalid('boolean_query', 'Invalid boolean query');
	const peek = () => tokens[i];
	function or() {
		let left = and();
		while (peek() && peek().t === 'OR') {
			i++;
			const r = and();
			const l = left;
			left = (h) => l(h) || r(h);
		}
		return left;
	}
	function and() {
		let left = not();
		while (
			peek() &&
			(peek().t === 'AND' || peek().t === 'NOT' || peek().t === 'term' || peek().t === '(')
		) {
			if (peek().t === 'AND') i++;
			const r = not();
			const l = left;
			left = (h) => l(h) && r(h);
		}
		return left;
	}
	function not() {
		if (peek() && peek().t === 'NOT') {
			i++;
			const x = not();
			return (h) => !x(h);
		}
		return primary();
	}
	function primary() {
		const tk = tokens[i++];
		if (!tk) throw bad();
		if (tk.t === 'term') return (h) => h.includes(tk.v);
		if (tk.t === '(') {
			const x = or();
			if (!peek() || peek().t !== ')') throw bad();
			i++;
			return x;
		}
		throw bad();
	}
	if (!tokens.length) return () => true;
	const fn = or();
	if (i !== tokens.length) throw bad();
	return fn;
}

// ------------------------------------------------------------------ matching
const anyCi = (hay, needles) => needles.some((n) => C.includesCi(hay, n));
function haystack(p) {
	return C.ci(
		[
			p.headline,
			p.summary,
			(p.current_job || {}).title,
			(p.current_job || {}).company_name,
			...(p.skills || []),
		].join(' '),
	);
}

function matches(p, f) {
	const job = p.current_job || {};
	const titles = f.currentOnly
		? [job.title]
		: [job.title, p.headline, ...(p.experiences || []).map((e) => e.title)];
	if (f.titles && f.titles.length && !titles.some((t) => anyCi(t, f.titles))) return false;
	if (f.titlesExclude && f.titlesExclude.length && titles.some((t) => anyCi(t, f.titlesExclude)))
		return false;
	const current = [job.company_name];
	const past = (p.experiences || []).filter((e) => !e.is_current).map((e) => e.company_name);
	const comps =
		f.companyFilter === 'past'
			? past
			: f.companyFilter === 'current'
				? current
				: [...current, ...past];
	if (f.companies && f.companies.length && !comps.some((c) => anyCi(c, f.companies))) return false;
	if (
		f.companiesExclude &&
		f.companiesExclude.length &&
		current.some((c) => anyCi(c, f.companiesExclude))
	)
		return false;
	const locs = [...(f.cities || []), ...(f.states || []), ...(f.countries || [])];
	if (locs.length && !anyCi(p.location, locs)) return false;
	if (f.skills && f.skills.length) {
		const has = (s) => (p.skills || []).some((x) => C.ci(x) === C.ci(s));
		if (f.requireAll ? !f.skills.every(has) : !f.skills.some(has)) return false;
	}
	const y = p.total_years_experience;
	if (f.yMin !== undefined && !(y >= f.yMin)) return false;
	if (f.yMax !== undefined && !(y <= f.yMax)) return false;
	const h = haystack(p);
	if (f.keywords && f.keywords.length && !f.keywords.some((k) => h.includes(C.ci(k)))) return false;
	if (
		f.keywordsExclude &&
		f.keywordsExclude.length &&
		f.keywordsExclude.some((k) => h.includes(C.ci(k)))
	)
		return false;
	if (f.openToWork === true && !p.open_to_work) return false;
	if (f.boolean && !f.boolean(h)) return false;
	return true;
}

function contactForProfile(ctx, p) {
	if (p.existing_contact_id && ctx.state.contacts.has(p.existing_contact_id))
		return ctx.state.contacts.get(p.existing_contact_id);
	if (p.profile_id && ctx.state.contacts.has(p.profile_id))
		return ctx.state.contacts.get(p.profile_id);
	if (p.linkedin_url)
		return (
			C.values(ctx, 'contacts').find(
				(c) =>
					c.linkedin_profile &&
					C.ci(c.linkedin_profile).replace(/\/+$/, '') === C.ci(p.linkedin_url).replace(/\/+$/, ''),
			) || null
		);
	return null;
}

function profileOut(ctx, p, projectId, extra) {
	const { _city, _state, _country, ...rest } = p;
	void _city;
	void _state;
	void _country;
	const contact = contactForProfile(ctx, p);
	return {
		...C.clone(rest),
		already_in_project: !!(projectId && contact && projects._inProject(ctx, projectId, contact.id)),
		existing_contact_id: contact ? contact.id : null,
		...(extra ? extra(p) : {}),
	};
}

function profileFromContact(c) {
	return {
		profile_id: c.id,
		first_name: c.first_name,
		last_name: c.last_name,
		headline: [c.title, c.current_company].filter(Boolean).join(' at ') || null,
		picture_url: null,
		location: c.location,
		linkedin_url: c.linkedin_profile,
		summary: c.summary,
		current_job: { title: c.title, company_name: c.current_company },
		experiences: c.title
			? [
					{
						title: c.title,
						company_name: c.current_company,
						company_domain: null,
						start_date: null,
						end_date: null,
						description: null,
						is_current: true,
					},
				]
			: [],
		educations: [],
		skills: c.skills || [],
		total_years_experience: c.years_experience,
		open_to_work: false,
	};
}

function paged(ctx, all, pageNo, pageSize, projectId, extra) {
	const start = (pageNo - 1) * pageSize;
	const slice = all.slice(start, start + pageSize);
	const has_more = start + slice.length < all.length;
	const profiles = slice.map((p) => profileOut(ctx, p, projectId, extra));
	const notInProject = projectId
		? all.filter((p) => !profileOut(ctx, p, projectId).already_in_project).length
		: all.length;
	return {
		profiles,
		total_count: all.length,
		filtered_count: notInProject,
		next_page: has_more ? pageNo + 1 : null,
		has_more,
		filters_too_strict: all.length === 0,
	};
}

function activeAccount(ctx, accountId, apiType) {
	const a = ctx.state.connectedAccounts.get(accountId);
	if (!a) throw C.invalid('account_id', 'Connected account not found');
	const st = a.api_status || {};
	const ok = apiType
		? st[apiType] === 'active'
		: st.recruiter === 'active' || st.sales_navigator === 'active';
	if (!ok)
		throw C.invalid(
			'account_id',
			`Connected account has no active ${apiType || 'recruiter or sales_navigator'} access`,
		);
	return a;
}

function locationLabels(map) {
	return Object.values(map || {})
		.map((l) => String(l).split(',')[0].trim())
		.filter(Boolean);
}

function contactsAsProfiles(ctx, b) {
	let rows = C.values(ctx, 'contacts').filter((c) => !c.archived_at);
	if (b.contact_types && b.contact_types.length)
		rows = rows.filter((c) => b.contact_types.includes(c.contact_type));
	if (b.tags && b.tags.length)
		rows = rows.filter((c) => b.tags.some((t) => (c.tags || []).some((x) => C.ci(x) === C.ci(t))));
	if (b.first_name) rows = rows.filter((c) => C.includesCi(c.first_name, b.first_name));
	if (b.last_name) rows = rows.filter((c) => C.includesCi(c.last_name, b.last_name));
	if (b.full_name)
		rows = rows.filter((c) => C.includesCi(`${c.first_name} ${c.last_name || ''}`, b.full_name));
	const entries = C.values(ctx, 'entries');
	if (b.project_ids && b.project_ids.length)
		rows = rows.filter((c) =>
			entries.some((e) => e.contact_id === c.id && b.project_ids.includes(e.project_id)),
		);
	if (b.stage_ids && b.stage_ids.length)
		rows = rows.filter((c) =>
			entries.some((e) => e.contact_id === c.id && b.stage_ids.includes(e.stage_id)),
		);
	if (b.stage_categories && b.stage_categories.length) {
		const cat = new Map();
		for (const p of C.values(ctx, 'projects'))
			for (const s of p.pipeline.stages) cat.set(s.id, s.system_category);
		rows = rows.filter((c) =>
			entries.some(
				(e) => e.contact_id === c.id && b.stage_categories.includes(cat.get(e.stage_id)),
			),
		);
	}
	if (b.sequence_ids && b.sequence_ids.length)
		rows = rows.filter((c) =>
			C.values(ctx, 'enrollments').some(
				(e) => e.contact_id === c.id && b.sequence_ids.includes(e.sequence_id),
			),
		);
	const d = (v) => {
		const t = Date.parse(v);
		if (!Number.isFinite(t)) throw C.invalid('created_after', 'Invalid date');
		return t;
	};
	if (b.created_after) rows = rows.filter((c) => Date.parse(c.created_at) >= d(b.created_after));
	if (b.created_before) rows = rows.filter((c) => Date.parse(c.created_at) < d(b.created_before));
	rows.sort((a, b2) =>
		a.created_at < b2.created_at ? 1 : a.created_at > b2.created_at ? -1 : a.id < b2.id ? -1 : 1,
	);
	return rows.map(profileFromContact);
}

const searchHash = (b) => {
	const { cursor, page, ...rest } = b;
	void cursor;
	void page;
	return crypto.createHash('sha1').update(JSON.stringify(rest)).digest('hex').slice(0, 12);
};
const encodeCursor = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
function decodeCursor(s) {
	try {
		const o = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
		if (typeof o.o === 'number' && typeof o.h === 'string') return o;
	} catch (_) {
		/* fallthrough */
	}
	throw C.invalid('cursor', 'Invalid cursor');
}

function locations(ctx) {
	if (ctx.query.account_id && !ctx.state.connectedAccounts.has(ctx.query.account_id))
		throw C.notFound('Connected account');
	const q = ctx.query.q;
	const rows = LINKEDIN_LOCATIONS.filter(([, title]) => !q || C.includesCi(title, q)).map(
		([id, title]) => ({ id, title }),
	);
	return {
		body: {
			data: rows,
			meta: { total: rows.length, limit: rows.length, offset: 0, has_more: false },
		},
	};
}

module.exports = {
	sourcingSearch(ctx) {
		const b = ctx.body;
		C.get(ctx, 'projects', b.project_id, 'Project');
		const f = b.filters || {};
		if (b.source_type === 'linkedin') {
			if (!b.account_id) throw C.invalid('account_id', 'Required for LinkedIn source');
			activeAccount(ctx, b.account_id, b.linkedin_api_type);
		}
		const crit = {
			titles: f.job_titles && f.job_titles.include,
			titlesExclude: f.job_titles && f.job_titles.exclude,
			currentOnly: f.job_titles && f.job_titles.include_current_only,
			companies: f.companies && f.companies.include,
			companiesExclude: f.companies && f.companies.exclude,
			cities: [
				...((f.locations || {}).cities || []),
				...(b.source_type === 'linkedin'
					? locationLabels((f.linkedin_filters || {}).location_ids)
					: []),
			],
			states: (f.locations || {}).states,
			countries: (f.locations || {}).countries,
			skills: f.skills && f.skills.include,
			requireAll: f.skills && f.skills.require_all,
			yMin: (f.years_experience || {}).min,
			yMax: (f.years_experience || {}).max,
			keywords: f.keywords && f.keywords.include,
			keywordsExclude: f.keywords && f.keywords.exclude,
			openToWork: (f.linkedin_filters || {}).is_open_to_work,
		};
		const source =
			b.source_type === 'contacts'
				? contactsAsProfiles(ctx, { contact_types: (f.contacts_filters || {}).contact_types })
				: ctx.state.sourcingProfiles;
		const all = source.filter((p) => matches(p, crit));
		return { body: { data: paged(ctx, all, b.page, b.page_size, b.project_id) } };
	},

	sourcingContactsSearch(ctx) {
		const b = ctx.body;
		if (b.project_id) C.get(ctx, 'projects', b.project_id, 'Project');
		const crit = {
			titles: b.job_titles,
			companies: b.companies,
			cities: (b.locations || {}).cities,
			states: (b.locations || {}).states,
			countries: (b.locations || {}).countries,
			skills: b.skills,
			keywords: b.keywords,
		};
		const all = contactsAsProfiles(ctx, b).filter((p) => matches(p, crit));
		return { body: { data: paged(ctx, all, b.page || 1, b.page_size || 25, b.project_id) } };
	},

	advancedProfileSearch(ctx) {
		const b = ctx.body;
		const available = ctx.state.credits.sourcing;
		if (available < 1)
			throw new C.ApiError(402, 'insufficient_credits', 'Insufficient sourcing credits', {
				credit_type: 'sourcing',
				available,
				required: 1,
			});
		const crit = {
			titles: b.job_title,
			companies: b.company,
			companyFilter: b.company_filter || 'current',
			cities: (b.location || []).map((l) => String(l).split(',')[0].trim()),
			skills: b.skills,
		};
		const all = ctx.state.sourcingProfiles.filter((p) => matches(p, crit));
		const pageNo = b.page || 1;
		const size = b.page_size || 25;
		const reveal = b.reveal_info
			? (p) => {
					const types = b.data_types && b.data_types.length ? b.data_types : ['work_email'];
					const dom = `${C.ci((p.current_job || {}).company_name).replace(/[^a-z0-9]+/g, '')}.com`;
					const local = `${C.ci(p.first_name)}.${C.ci(p.last_name)}`
						.normalize('NFD')
						.replace(/[\u0300-\u036f]/g, '');
					return {
						emails: [
							...(types.includes('work_email') ? [{ email: `${local}@${dom}`, type: 'work' }] : []),
							...(types.includes('personal_email')
								? [{ email: `${local}@gmail.com`, type: 'personal' }]
								: []),
						],
						phones: types.includes('phone') ? [{ phone: '+33 6 00 00 00 00', type: 'mobile' }] : [],
					};
				}
			: null;
		const out = paged(ctx, all, pageNo, size, null, reveal);
		if (out.profiles.length > available) out.profiles = out.profiles.slice(0, available);
		const consumed = out.profiles.length;
		ctx.state.credits.sourcing -= consumed;
		return {
			body: {
				data: {
					...out,
					credits_consumed: consumed,
					sourcing_credits_remaining: ctx.state.credits.sourcing,
				},
			},
		};
	},

	linkedinSearch(ctx) {
		const b = ctx.body;
		C.get(ctx, 'projects', b.project_id, 'Project');
		activeAccount(ctx, b.account_id, b.linkedin_api_type);
		const crit = {
			titles: b.job_titles,
			companies: b.companies,
			cities: locationLabels(b.location_ids),
			yMin: (b.years_experience || {}).min,
			yMax: (b.years_experience || {}).max,
			boolean: b.boolean_query ? parseBoolean(b.boolean_query) : null,
		};
		const all = ctx.state.sourcingProfiles.filter((p) => matches(p, crit));
		const size = b.page_size || 25;
		const h = searchHash(b);
		let offset;
		if (b.cursor) {
			const cur = decodeCursor(b.cursor);
			if (cur.h !== h)
				throw C.invalid(
					'cursor',
					'Cursor does not match this search (re-send the same body with the cursor)',
				);
			offset = cur.o;
		} else offset = ((b.page || 1) - 1) * size;
		const slice = all.slice(offset, offset + size);
		const next = offset + slice.length;
		const has_more = next < all.length;
		const notInProject = all.filter(
			(p) => !profileOut(ctx, p, b.project_id).already_in_project,
		).length;
		return {
			body: {
				data: {
					profiles: slice.map((p) => profileOut(ctx, p, b.project_id)),
					total_count: all.length,
					filtered_count: notInProject,
					next_page: has_more ? Math.floor(next / size) + 1 : null,
					has_more,
					cursor: has_more ? encodeCursor({ o: next, h }) : null,
				},
			},
		};
	},

	linkedinLocations: locations,
	sourcingLocations: locations,

	addToProject(ctx) {
		const b = ctx.body;
		const project = C.get(ctx, 'projects', b.project_id, 'Project');
		if (b.account_id && !ctx.state.connectedAccounts.has(b.account_id))
			throw C.invalid('account_id', 'Connected account not found');
		const contactIds = [];
		for (const p of b.profiles) {
			let c = contactForProfile(ctx, p);
			if (c && projects._inProject(ctx, project.id, c.id)) continue;
			if (!c) {
				const job = p.current_job || {};
				c = contacts._createContactRecord(ctx, {
					first_name: p.first_name,
					...(p.last_name ? { last_name: p.last_name } : {}),
				});
				Object.assign(c, {
					title: job.title || p.headline || null,
					current_company: job.company_name || null,
					location: p.location || null,
					linkedin_profile: p.linkedin_url || null,
					summary: p.summary || null,
					skills: Array.isArray(p.skills) ? p.skills.slice(0, 100) : [],
					years_experience: p.total_years_experience ?? null,
					source: p.linkedin_url ? 'linkedin' : 'sourcing',
					contact_type: 'candidate',
				});
			}
			projects._addEntry(ctx, project, c.id);
			contactIds.push(c.id);
		}
		return { body: { data: { added: contactIds.length, contact_ids: contactIds } } };
	},

	_parseBoolean: parseBoolean,
};
