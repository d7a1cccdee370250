import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

function firstActiveContact(): IDataObject {
	return [...t.sim.state.contacts.values()].find((c) => !c.archived_at) as IDataObject;
}

describe('contact: get', () => {
	it('reads one contact by id and returns the record without its envelope', async () => {
		const contact = firstActiveContact();
		const result = await t.run({
			resource: 'contact',
			operation: 'get',
			contactId: locator(String(contact.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`GET /contacts/${contact.id}`]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: contact.id, first_name: contact.first_name }),
		]);
		expect(jsonOf(result)[0]).not.toHaveProperty('data');
	});

	it('takes the id out of a Leonar app link', async () => {
		const contact = firstActiveContact();
		const url = `https://app.leonar.app/dashboard/acme/contacts?contact=${contact.id}&tab=notes`;
		const result = await t.run({
			resource: 'contact',
			operation: 'get',
			contactId: locator(url, 'url'),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls()[0].path).toBe(`/contacts/${contact.id}`);
	});

	it.each([
		'https://app.leonar.app/contacts/{id}',
		'https://app.leonar.app/dashboard/acme/contacts/{id}?tab=notes',
		'https://app.leonar.app/contacts?contact={id}',
	])('accepts the link %s typed into the field', async (template) => {
		const contact = firstActiveContact();
		const url = template.replace('{id}', String(contact.id));
		const result = await t.run({
			resource: 'contact',
			operation: 'get',
			contactId: locator(url, 'url'),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls()[0].path).toBe(`/contacts/${contact.id}`);
	});

	it('refuses a link to another kind of record before any request', async () => {
		const url =
			'https://app.leonar.app/dashboard/acme/projects/3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';
		// Typed into the field: n8n itself applies the mode's validation and does not start.
		const typed = await t.run({
			resource: 'contact',
			operation: 'get',
			contactId: locator(url, 'url'),
		});
		expect(typed.error?.message).toMatch(/Not a Leonar link to a contact/);
		// From an upstream item (an expression): the node refuses it.
		const mapped = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator('={{ $json.link }}', 'url') },
			{ input: [{ link: url }] },
		);
		expect(mapped.error?.message).toBe('"Contact": the link does not point to a contact');
		expect(mapped.error?.context?.itemIndex).toBe(0);
		expect(t.calls()).toHaveLength(0);
	});

	it('refuses an id that is not a UUID, naming the field and the item', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			{ input: [{ id: firstActiveContact().id }, { id: 'not-a-uuid' }] },
		);
		expect(result.error?.message).toBe('"Contact" must be a Leonar id (a UUID), got not-a-uuid');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(t.calls()).toHaveLength(1);
	});

	it('simplifies to the documented subset of fields', async () => {
		const contact = firstActiveContact();
		const result = await t.run({
			resource: 'contact',
			operation: 'get',
			contactId: locator(String(contact.id)),
			simplify: true,
		});
		expect(Object.keys(jsonOf(result)[0]).sort()).toEqual(
			[
				'created_at',
				'current_company',
				'emails',
				'first_name',
				'global_status',
				'id',
				'last_name',
				'linkedin_profile',
				'location',
				'tags',
				'title',
				'updated_at',
			].sort(),
		);
	});
});

describe('contact: getAll', () => {
	it('sends filters and sort as the API names them', async () => {
		const company = [...t.sim.state.companies.values()][0] as IDataObject;
		const result = await t.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: {
				search: 'engineer',
				contactType: 'candidate',
				companyId: String(company.id),
				location: 'Paris',
				globalStatus: 'new',
				createdAfter: '2020-01-01T00:00:00.000Z',
				createdBefore: '2030-01-01',
				updatedSince: '2020-06-01T10:00:00+02:00',
			},
			options: { sort: 'last_name' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/contacts')[0].query).toEqual({
			search: 'engineer',
			contact_type: 'candidate',
			company_id: company.id,
			location: 'Paris',
			global_status: 'new',
			created_after: '2020-01-01',
			created_before: '2030-01-01',
			updated_at: 'gte.2020-06-01T08:00:00.000Z',
			sort: 'last_name',
			limit: '5',
			offset: '0',
		});
		for (const contact of jsonOf(result)) expect(contact.company_id ?? company.id).toBe(company.id);
	});

	it('returns one item per contact, each paired with its input item', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'getAll', returnAll: false, limit: 3 },
			{ input: [{}, {}] },
		);
		expect(result.items).toHaveLength(6);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
			{ item: 1 },
		]);
	});
});

describe('contact: search', () => {
	it('posts the structured search body and pages in the body', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'search',
			query: 'engineer',
			returnAll: false,
			limit: 10,
			filters: {
				title: 'Engineer',
				location: 'Paris',
				contactTypes: 'candidate, client',
				tags: ['Hot lead'],
				createdAfter: '2020-01-01',
				salaryMin: 1000,
			},
			options: { sort: 'created_at' },
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', '/contacts/search');
		expect(call.body).toEqual({
			query: 'engineer',
			title: 'Engineer',
			location: 'Paris',
			contact_types: ['candidate', 'client'],
			tags: ['Hot lead'],
			created_after: '2020-01-01',
			salary_min: 1000,
			sort_by: 'created_at',
			sort_direction: 'asc',
			limit: 10,
			offset: 0,
		});
		expect(call.query).toEqual({});
		for (const contact of jsonOf(result)) expect(String(contact.title)).toMatch(/engineer/i);
	});
});

describe('contact: update', () => {
	it('sends only the changed fields with PUT and returns the updated contact', async () => {
		const contact = firstActiveContact();
		const result = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(String(contact.id)),
			updateFields: { title: 'CTO', customData: { seniority: 'senior' } },
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('PUT');
		expect(call.path).toBe(`/contacts/${contact.id}`);
		expect(call.body).toEqual({ title: 'CTO', custom_data: { seniority: 'senior' } });
		expect(jsonOf(result)[0]).toMatchObject({ id: contact.id, title: 'CTO' });
	});

	it('refuses an update with no field before any request', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(String(firstActiveContact().id)),
			updateFields: {},
		});
		expect(result.error?.message).toMatch(/Nothing to update/);
		expect(t.calls()).toHaveLength(0);
	});

	it('refuses malformed custom data JSON and an invalid email, naming the field', async () => {
		const id = String(firstActiveContact().id);
		const badJson = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(id),
			updateFields: { customData: '{"seniority": ' },
		});
		expect(badJson.error?.message).toBe('"Custom Data (JSON)" is not valid JSON');
		const badEmail = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(id),
			updateFields: { email: 'ada(at)example.com' },
		});
		expect(badEmail.error?.message).toBe(
			'"Email" is not a valid email address: ada(at)example.com',
		);
		expect(t.calls()).toHaveLength(0);
	});
});

describe('contact: archive', () => {
	it('archives with DELETE and returns the archived contact', async () => {
		const contact = firstActiveContact();
		const result = await t.run({
			resource: 'contact',
			operation: 'archive',
			contactId: locator(String(contact.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			`DELETE /contacts/${contact.id}`,
		]);
		expect(jsonOf(result)[0].archived_at).toEqual(expect.any(String));
		expect(t.sim.state.contacts.get(String(contact.id))?.archived_at).toBeTruthy();
	});
});

describe('contact: upsert', () => {
	it('updates the contact whose email matches, and says so', async () => {
		const contact = firstActiveContact();
		const email = (contact.emails as IDataObject[])[0].email as string;
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email: email.toUpperCase(),
			additionalFields: { title: 'Head of Data' },
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0]).toMatchObject({
			id: contact.id,
			title: 'Head of Data',
			_upsert: { action: 'updated', matched_on: 'email' },
		});
		expect(t.calls('POST', '/contacts')).toHaveLength(0);
		expect(t.calls('PUT')[0].body).toEqual({ title: 'Head of Data' });
	});

	it('falls back to the LinkedIn profile, whatever its spelling', async () => {
		const contact = firstActiveContact();
		const url = String(contact.linkedin_profile).replace('https://www.', 'http://fr.') + '/?trk=x';
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email: 'someone.new@example.com',
			linkedinProfile: url,
			additionalFields: { location: 'Lyon' },
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0]).toMatchObject({
			id: contact.id,
			location: 'Lyon',
			_upsert: { action: 'updated', matched_on: 'linkedin_profile' },
		});
		// the last list call is the LinkedIn lookup (the first checks the email lookup once per run)
		expect(t.calls('GET', '/contacts').pop()?.query.linkedin_profile).toMatch(/^ilike\.%.+%$/);
	});

	it('creates the contact when nothing matches', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email: 'grace@example.com',
			firstName: 'Grace',
			additionalFields: { lastName: 'Hopper' },
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0]).toMatchObject({
			first_name: 'Grace',
			_upsert: { action: 'created', matched_on: null },
		});
		expect(t.calls('POST', '/contacts')[0].body).toEqual({
			first_name: 'Grace',
			last_name: 'Hopper',
			email: 'grace@example.com',
		});
	});

	it('needs an email or a LinkedIn profile, and a first name to create', async () => {
		const none = await t.run({ resource: 'contact', operation: 'upsert', firstName: 'X' });
		expect(none.error?.message).toBe('Give "Email" or "LinkedIn Profile" to match the contact on');
		expect(t.calls()).toHaveLength(0);
		const noName = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email: 'nobody@example.com',
		});
		expect(noName.error?.message).toMatch(/"First Name" is required/);
		expect(t.calls('POST', '/contacts')).toHaveLength(0);
	});
});
