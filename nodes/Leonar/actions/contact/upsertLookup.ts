import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { leonarApiRequest, leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';

/**
 * The lookups of Contact › Create or Update. Neither is guaranteed by Leonar's docs: that the
 * contacts search's free text matches email addresses, and the `ilike` filter on
 * `linkedin_profile`. A lookup that silently finds nothing would make a duplicate, so the email
 * lookup is checked once per run against a contact Leonar lists, and the LinkedIn lookup
 * checks that what came back carries the handle; when a lookup cannot be trusted, the item
 * stops before anything is created.
 */

/** Candidates read from one lookup; a full page means more may exist beyond it. */
const CANDIDATES = 100;
/** Candidates of the LinkedIn lookup read whole (the list has no `linkedin_profile`). */
const READ_WHOLE = 10;

const HOW_INSTEAD =
	'To match anyway, find the contact with Contact › Get Many or Search (or the HTTP Request node with the "Leonar API" credential) and choose between Contact › Update and Contact › Create with an IF node.';

type Verdict = { ok: true } | { ok: false; reason: string };

const emailChecks = new WeakMap<object, Promise<Verdict>>();

/** Whether the search finds a contact that Leonar lists by the email it has; asked once per run. */
async function checkEmailLookup(this: IExecuteFunctions, itemIndex: number): Promise<Verdict> {
	const listed = await leonarApiRequestAllItems.call(this, ENDPOINTS.contactList, {
		limit: CANDIDATES,
		itemIndex,
	});
	const known = listed.find((contact) => emailsOf(contact).length > 0);
	if (!known) {
		if (listed.length < CANDIDATES) return { ok: true }; // no contact has an email: none to duplicate
		return {
			ok: false,
			reason: `none of the ${CANDIDATES} latest contacts Leonar lists has an email address, so the node could not check that the contact search finds contacts by email`,
		};
	}
	const email = emailsOf(known)[0];
	const found = await leonarApiRequestAllItems.call(this, ENDPOINTS.contactSearch, {
		body: { query: email },
		pageInBody: true,
		limit: CANDIDATES,
		itemIndex,
	});
	if (found.some((contact) => contact.id === known.id)) return { ok: true };
	return {
		ok: false,
		reason: `the node searched for the email of contact ${String(known.id)}, which Leonar lists, and the search did not return that contact`,
	};
}

function emailsOf(contact: IDataObject): string[] {
	const emails = Array.isArray(contact.emails) ? (contact.emails as IDataObject[]) : [];
	return emails
		.map((entry) => String(entry?.email ?? '').toLowerCase())
		.filter((email) => email.includes('@'));
}

function lookupError(
	ctx: IExecuteFunctions,
	message: string,
	why: string,
	itemIndex: number,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, {
		itemIndex,
		description: `${why}. Leonar's documentation does not promise this lookup, and a lookup that misses an existing contact would create a duplicate, so nothing was created or changed. ${HOW_INSTEAD}`,
	});
}

/** The contact with exactly this email, found through the contacts search; checked once per run. */
export async function findByEmail(
	this: IExecuteFunctions,
	email: string,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	let check = emailChecks.get(this);
	if (!check) {
		check = checkEmailLookup.call(this, itemIndex);
		emailChecks.set(this, check);
	}
	const verdict = await check;
	if (!verdict.ok) {
		throw lookupError(
			this,
			"Create or Update cannot look contacts up by email: Leonar's contact search did not find a contact by its email address",
			verdict.reason.charAt(0).toUpperCase() + verdict.reason.slice(1),
			itemIndex,
		);
	}
	const candidates = await leonarApiRequestAllItems.call(this, ENDPOINTS.contactSearch, {
		body: { query: email, sort_by: 'updated_at', sort_direction: 'desc' },
		pageInBody: true,
		limit: CANDIDATES,
		itemIndex,
	});
	const match = candidates.find((contact) => emailsOf(contact).includes(email));
	if (match || candidates.length < CANDIDATES) return match;
	throw lookupError(
		this,
		`Create or Update found too many candidates for the email ${email}`,
		`The contact search returned ${CANDIDATES} or more contacts for it and none of them has exactly this email, so a contact with it may exist further down`,
		itemIndex,
	);
}

/**
 * The contact with this LinkedIn profile (compared by `matches`), found through the list's
 * `ilike` filter on `linkedin_profile`; `handle` is the profile's last path segment.
 */
export async function findByLinkedin(
	this: IExecuteFunctions,
	handle: string,
	matches: (contact: IDataObject) => boolean,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const candidates = await leonarApiRequestAllItems.call(this, ENDPOINTS.contactList, {
		qs: { linkedin_profile: `ilike.%${handle}%`, sort: '-updated_at' },
		limit: CANDIDATES,
		itemIndex,
	});
	const ignored = () =>
		lookupError(
			this,
			'Create or Update cannot look contacts up by LinkedIn profile: Leonar ignored the filter on linkedin_profile',
			`Leonar returned contacts whose LinkedIn profile does not contain "${handle}", so the filter linkedin_profile=ilike.… is not applied by this Leonar API`,
			itemIndex,
		);
	const carries = (contact: IDataObject) =>
		String(contact.linkedin_profile ?? '')
			.toLowerCase()
			.includes(handle.toLowerCase());
	for (const [index, candidate] of candidates.entries()) {
		// The list returns a short contact without `linkedin_profile`: read the first few whole.
		const contact =
			candidate.linkedin_profile === undefined && index < READ_WHOLE
				? await leonarApiRequest.call(this, ENDPOINTS.contactGet, {
						pathParams: { id: String(candidate.id) },
						itemIndex,
					})
				: candidate;
		if (contact.linkedin_profile === undefined) {
			throw lookupError(
				this,
				`Create or Update found too many candidates for the LinkedIn profile "${handle}"`,
				`Leonar listed more than ${READ_WHOLE} contacts for it without their LinkedIn profile, and none of the first ${READ_WHOLE} has exactly this profile`,
				itemIndex,
			);
		}
		if (!carries(contact)) throw ignored();
		if (matches(contact)) return contact;
	}
	if (candidates.length < CANDIDATES) return undefined;
	throw lookupError(
		this,
		`Create or Update found too many candidates for the LinkedIn profile "${handle}"`,
		`Leonar listed ${CANDIDATES} or more contacts for it and none has exactly this profile, so one may exist further down`,
		itemIndex,
	);
}
