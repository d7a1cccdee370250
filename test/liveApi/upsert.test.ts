/**
 * Contact › Create or Update never creates a duplicate because a lookup could not match.
 * Whether the contacts search's free text matches email addresses is not in Leonar's docs:
 * the node checks it once per run (the email of a contact from the list must find that
 * contact) and stops before creating anything when it does not.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Rec } from '../simulator';
import { jsonOf, useSimulator } from '../support';

const documented = useSimulator({ profile: 'documented' });

const withEmail = (): Rec =>
	[...documented.sim.state.contacts.values()].find(
		(c) => !c.archived_at && Array.isArray(c.emails) && c.emails.length > 0,
	)!;

describe('upsert under the documented profile (the search does not match emails)', () => {
	it('creates nothing for an email that already exists, and says why', async () => {
		const contact = withEmail();
		const email = (contact.emails as IDataObject[])[0].email as string;
		const before = documented.sim.state.contacts.size;
		const result = await documented.run({
			resource: 'contact',
			operation: 'upsert',
			email,
			firstName: 'Duplicate',
		});
		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe(
			"Create or Update cannot look contacts up by email: Leonar's contact search did not find a contact by its email address",
		);
		expect(result.error?.description).toContain('nothing was created');
		expect(result.error?.description).toContain('HTTP Request');
		expect(documented.calls('POST', '/contacts')).toHaveLength(0);
		expect(documented.calls('PUT')).toHaveLength(0);
		expect(documented.sim.state.contacts.size).toBe(before);
	});

	it('checks once per run and stops every item (Continue On Fail: one error per item)', async () => {
		const result = await documented.run(
			{ resource: 'contact', operation: 'upsert', email: '={{ $json.email }}', firstName: 'X' },
			{
				input: [{ email: 'new.one@example.com' }, { email: 'new.two@example.com' }],
				continueOnFail: true,
			},
		);
		expect(jsonOf(result).map((j) => j.error)).toEqual([
			expect.stringMatching(/cannot look contacts up by email/),
			expect.stringMatching(/cannot look contacts up by email/),
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		// one check for the run: a list call and one search for a known email
		expect(documented.calls('GET', '/contacts')).toHaveLength(1);
		expect(documented.calls('POST', '/contacts/search')).toHaveLength(1);
		expect(documented.calls('POST', '/contacts')).toHaveLength(0);
	});

	it('by LinkedIn profile only: the inferred GET /contacts/{id} is missing, so it stops and says so', async () => {
		const result = await documented.run({
			resource: 'contact',
			operation: 'upsert',
			linkedinProfile: 'https://www.linkedin.com/in/nobody-here',
			firstName: 'Nobody',
		});
		expect(result.error?.message).toBe(
			'Contact › Create or Update uses GET /contacts/{id}, which this Leonar API does not offer',
		);
		expect(documented.calls('POST', '/contacts')).toHaveLength(0);
	});
});

describe('upsert under the default profile (the search matches emails)', () => {
	const t = useSimulator({ profile: 'default' });

	it('checks the email lookup once per run, then matches and creates as before', async () => {
		const contact = [...t.sim.state.contacts.values()].find(
			(c) => !c.archived_at && Array.isArray(c.emails) && c.emails.length > 0,
		)!;
		const email = (contact.emails as IDataObject[])[0].email as string;
		const result = await t.run(
			{ resource: 'contact', operation: 'upsert', email: '={{ $json.email }}', firstName: 'Ny' },
			{ input: [{ email }, { email: 'brand.new@example.com' }] },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((j) => (j._upsert as IDataObject).action)).toEqual([
			'updated',
			'created',
		]);
		expect(jsonOf(result)[0].id).toBe(contact.id);
		expect(t.calls('GET', '/contacts')).toHaveLength(1);
		// the check + one lookup per item
		expect(t.calls('POST', '/contacts/search')).toHaveLength(3);
		expect(t.calls('POST', '/contacts')).toHaveLength(1);
	});

	it('a search that stops matching emails is caught before a duplicate is created', async () => {
		// The search finds nothing, not even the email of a contact the list returns.
		t.sim.faults.add({
			method: 'POST',
			path: '/contacts/search',
			times: Infinity,
			action: { status: 200, body: { data: [], meta: { total: 0, has_more: false } } },
		});
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email: 'someone@example.com',
			firstName: 'Someone',
		});
		expect(result.error?.message).toMatch(/cannot look contacts up by email/);
		expect(t.calls('POST', '/contacts')).toHaveLength(0);
	});

	it('a LinkedIn filter the API ignores is caught before a duplicate is created', async () => {
		const other = [...t.sim.state.contacts.values()].find((c) => c.linkedin_profile)!;
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			times: Infinity,
			action: {
				status: 200,
				body: {
					data: [{ id: other.id, linkedin_profile: other.linkedin_profile }],
					meta: { total: 1, limit: 100, offset: 0, has_more: false },
				},
			},
		});
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			linkedinProfile: 'https://www.linkedin.com/in/not-that-one',
			firstName: 'New',
		});
		expect(result.error?.message).toBe(
			'Create or Update cannot look contacts up by LinkedIn profile: Leonar ignored the filter on linkedin_profile',
		);
		expect(result.error?.description).toContain('nothing was created');
		expect(t.calls('POST', '/contacts')).toHaveLength(0);
	});
});
