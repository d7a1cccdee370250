'use strict';
// Enrichment, messages/conversations, sequences, workspace.
const C = require('./common');
const Q = require('../query');
const { slugify } = {
	slugify: (s) =>
		String(s || '')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ''),
};

const ENRICH_DELAY_MS = 1000;

function enrichmentOut(ctx, e) {
	if (e.status === 'pending' && ctx.clock.now() - Date.parse(e.created_at) >= ENRICH_DELAY_MS)
		completeEnrichment(ctx, e);
	const { updated_at, ...rest } = e;
	void updated_at;
	return C.clone(rest);
}

function completeEnrichment(ctx, e) {
	const c = ctx.state.contacts.get(e.contact_id);
	const result = { emails: [], phones: [] };
	if (c) {
		const first = slugify(c.first_name);
		const last = slugify(c.last_name);
		const company = c.company_id && ctx.state.companies.get(c.company_id);
		const domain = (company && company.domain) || `${slugify(c.current_company) || 'example'}.com`;
		if (e.data_types.includes('work_email'))
			result.emails.push({ email: `${first}.${last}@${domain}`, type: 'work' });
		if (e.data_types.includes('personal_email'))
			result.emails.push({ email: `${first}.${last}@gmail.com`, type: 'personal' });
		if (e.data_types.includes('phone'))
			result.phones.push({
				phone: `+33 6 ${String((e.id.charCodeAt(0) % 90) + 10)} 12 34 56`,
				type: 'mobile',
			});
		for (const em of result.emails)
			if (!c.emails.some((x) => C.ci(x.email) === C.ci(em.email)) && c.emails.length < 5)
				c.emails.push(em);
		for (const ph of result.phones)
			if (!c.phones.some((x) => x.phone === ph.phone) && c.phones.length < 5) c.phones.push(ph);
		c.updated_at = ctx.now();
	}
	e.status = 'completed';
	e.result = result;
	e.credits_consumed = 1;
	e.completed_at = ctx.now();
	e.updated_at = ctx.now();
}

function findOrCreateConversation(ctx, contactId, channel, subject) {
	let conv = C.values(ctx, 'conversations').find(
		(c) => c.contact_id === contactId && c.channel === channel,
	);
	if (!conv) {
		const now = ctx.now();
		conv = {
			id: ctx.newId(),
			contact_id: contactId,
			channel,
			subject: subject ?? null,
			created_at: now,
			updated_at: now,
			last_message_at: null,
		};
		ctx.state.conversations.set(conv.id, conv);
	}
	return conv;
}

function blacklisted(c) {
	return c.do_not_contact === true || c.global_status === 'do_not_contact';
}

module.exports = {
	// -------------------------------------------------------------- enrichment
	createEnrichment(ctx) {
		C.get(ctx, 'contacts', ctx.body.contact_id, 'Contact');
		const available = ctx.state.credits.enrichment;
		if (available < 1)
			throw new C.ApiError(402, 'insufficient_credits', 'Insufficient enrichment credits', {
				credit_type: 'enrichment',
				available,
				required: 1,
			});
		ctx.state.credits.enrichment -= 1;
		const now = ctx.now();
		const e = {
			id: ctx.newId(),
			contact_id: ctx.body.contact_id,
			status: 'pending',
			data_types: ctx.body.data_types || ['work_email'],
			result: null,
			credits_consumed: 0,
			created_at: now,
			completed_at: null,
			updated_at: now,
		};
		ctx.state.enrichments.set(e.id, e);
		return { status: 201, body: { data: enrichmentOut(ctx, e) } };
	},
	getEnrichment(ctx) {
		return {
			body: { data: enrichmentOut(ctx, C.get(ctx, 'enrichments', ctx.params.id, 'Enrichment')) },
		};
	},

	// -------------------------------------------------------------- messages
	sendMessage(ctx) {
		const b = ctx.body;
		const contact = C.get(ctx, 'contacts', b.contact_id, 'Contact');
		const conv = findOrCreateConversation(ctx, contact.id, b.channel, b.subject);
		const now = ctx.now();
		const m = {
			id: ctx.newId(),
			conversation_id: conv.id,
			direction: 'outbound',
			content: b.content,
			subject: b.subject ?? null,
			channel: b.channel,
			sent_at: now,
			read_at: null,
			created_at: now,
		};
		ctx.state.messages.set(m.id, m);
		conv.last_message_at = now;
		conv.updated_at = now;
		contact.last_contacted_at = now;
		if (contact.global_status === 'new') contact.global_status = 'contacted';
		contact.updated_at = now;
		return { status: 201, body: { data: { ...C.messageOut(m), contact: C.contactFull(contact) } } };
	},
	listConversations(ctx) {
		let rows = C.values(ctx, 'conversations');
		if (ctx.query.contact_id) rows = rows.filter((c) => c.contact_id === ctx.query.contact_id);
		if (ctx.query.channel) rows = rows.filter((c) => c.channel === ctx.query.channel);
		return {
			body: Q.list(
				ctx,
				rows.map((c) => C.conversationOut(ctx, c)),
				(x) => x,
			),
		};
	},
	getConversation(ctx) {
		return {
			body: {
				data: C.conversationOut(ctx, C.get(ctx, 'conversations', ctx.params.id, 'Conversation')),
			},
		};
	},
	listConversationMessages(ctx) {
		C.get(ctx, 'conversations', ctx.params.id, 'Conversation');
		const rows = Q.sortRecords(
			C.values(ctx, 'messages').filter((m) => m.conversation_id === ctx.params.id),
			[{ field: 'sent_at', desc: true }],
		);
		return { body: Q.page(rows, ctx.query.limit, ctx.query.offset, C.messageOut) };
	},

	// -------------------------------------------------------------- sequences
	listSequences(ctx) {
		let rows = C.values(ctx, 'sequences');
		if (ctx.query.status) rows = rows.filter((s) => s.status === ctx.query.status);
		return { body: Q.list(ctx, rows, (s) => C.sequenceOut(ctx, s)) };
	},
	getSequence(ctx) {
		return {
			body: { data: C.sequenceOut(ctx, C.get(ctx, 'sequences', ctx.params.id, 'Sequence')) },
		};
	},
	enrollSequence(ctx) {
		const seq = C.get(ctx, 'sequences', ctx.params.id, 'Sequence');
		const b = ctx.body;
		if (b.contact_ids && b.contacts)
			throw C.invalid('contacts', 'Provide either contact_ids or contacts, not both');
		if (!b.contact_ids && !b.contacts) throw C.invalid('contact_ids', 'Required');
		const items = b.contact_ids
			? b.contact_ids.map((id) => ({ contact_id: id, custom_variables: {} }))
			: b.contacts.map((x) => ({
					contact_id: x.contact_id,
					custom_variables: x.custom_variables || {},
				}));
		const out = {
			enrolled: 0,
			skipped_blacklisted: 0,
			skipped_already_enrolled: 0,
			skipped_active_elsewhere: 0,
			skipped_not_found: 0,
		};
		const now = ctx.now();
		for (const { contact_id, custom_variables } of items) {
			const c = ctx.state.contacts.get(contact_id);
			if (!c || c.archived_at) {
				out.skipped_not_found++;
				continue;
			}
			if (blacklisted(c)) {
				out.skipped_blacklisted++;
				continue;
			}
			const mine = C.values(ctx, 'enrollments').filter((e) => e.contact_id === contact_id);
			if (mine.some((e) => e.sequence_id === seq.id)) {
				out.skipped_already_enrolled++;
				continue;
			}
			if (mine.some((e) => ['active', 'paused'].includes(e.status))) {
				out.skipped_active_elsewhere++;
				continue;
			}
			const e = {
				id: ctx.newId(),
				sequence_id: seq.id,
				contact_id,
				status: 'active',
				custom_variables: C.clone(custom_variables),
				enrolled_at: now,
				created_at: now,
				updated_at: now,
			};
			ctx.state.enrollments.set(e.id, e);
			out.enrolled++;
		}
		if (out.enrolled) seq.updated_at = now;
		return { status: 200, body: { data: out } };
	},
	unenrollSequence(ctx) {
		const seq = C.get(ctx, 'sequences', ctx.params.id, 'Sequence');
		const out = { unenrolled: 0, not_found: 0 };
		for (const cid of new Set(ctx.body.contact_ids)) {
			const e = C.values(ctx, 'enrollments').find(
				(x) => x.sequence_id === seq.id && x.contact_id === cid,
			);
			if (!e) {
				out.not_found++;
				continue;
			}
			ctx.state.enrollments.delete(e.id);
			out.unenrolled++;
		}
		if (out.unenrolled) seq.updated_at = ctx.now();
		return { body: { data: out } };
	},
	listEnrollments(ctx) {
		C.get(ctx, 'sequences', ctx.params.id, 'Sequence');
		let rows = C.values(ctx, 'enrollments').filter((e) => e.sequence_id === ctx.params.id);
		if (ctx.query.status) rows = rows.filter((e) => e.status === ctx.query.status);
		if (ctx.query.contact_id) rows = rows.filter((e) => e.contact_id === ctx.query.contact_id);
		return { body: Q.list(ctx, rows, (e) => C.enrollmentOut(ctx, e)) };
	},

	// -------------------------------------------------------------- workspace
	listConnectedAccounts(ctx) {
		const rows = C.values(ctx, 'connectedAccounts');
		return {
			body: Q.page(rows, ctx.query.limit, ctx.query.offset, (a) => {
				const { owner_id, ...r } = a;
				void owner_id;
				return C.clone(r);
			}),
		};
	},
	listMembers(ctx) {
		return { body: Q.page(C.values(ctx, 'members'), ctx.query.limit, ctx.query.offset, C.clone) };
	},
};
