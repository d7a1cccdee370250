import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const contactId = () => String([...t.sim.state.contacts.values()].find((c) => !c.archived_at)?.id);
const getContact = () => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator(contactId()),
});
const createContact = { resource: 'contact', operation: 'create', firstName: 'Ada' };
const contactsNamed = (name: string) =>
	[...t.sim.state.contacts.values()].filter((c) => c.first_name === name);
const rateLimitHeaders = (resetInSeconds: number) => ({
	'X-RateLimit-Limit': '1000',
	'X-RateLimit-Remaining': '0',
	'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
});

describe('rate limit', () => {
	it('429 with a near reset: waits for the window and succeeds, also for a create (not processed)', async () => {
		t.sim.faults.add({
			path: '/contacts',
			method: 'POST',
			action: {
				status: 429,
				headers: rateLimitHeaders(1),
				body: { error: { code: 'rate_limit_exceeded' } },
			},
		});
		const started = Date.now();
		const result = await t.run(createContact);
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(200);
		expect(t.calls('POST', '/contacts').map((c) => c.status)).toEqual([429, 201]);
		expect(contactsNamed('Ada')).toHaveLength(1);
	});

	it('Max Rate Limit Wait 0: fails at once instead of waiting', async () => {
		t.sim.faults.add({
			path: '/contacts',
			method: 'POST',
			action: { status: 429, headers: rateLimitHeaders(2) },
		});
		const result = await t.run({ ...createContact, options: { maxRateLimitWait: 0 } });
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key was hit");
		expect(t.calls()).toHaveLength(1);
	});

	it('paces on X-RateLimit-Remaining: no call is spent on a 429 the headers predicted', async () => {
		t.sim.setRateLimit({ limit: 3, windowSeconds: 2 });
		const ids = [...t.sim.state.contacts.values()]
			.filter((c) => !c.archived_at)
			.slice(0, 5)
			.map((c) => c.id);
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator('={{ $json.id }}') },
			{ input: ids.map((id) => ({ id })) },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => c.id)).toEqual(ids);
		expect(t.calls().map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
	});

	it('a used-up window further away than the bound fails without sending, saying when it resets', async () => {
		t.sim.setRateLimit({ limit: 1, windowSeconds: 3600 });
		const ids = [...t.sim.state.contacts.values()]
			.filter((c) => !c.archived_at)
			.slice(0, 2)
			.map((c) => c.id);
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator('={{ $json.id }}') },
			{ input: ids.map((id) => ({ id })) },
		);
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key is used up");
		expect(result.error?.description).toMatch(
			/The window resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(UTC\)/,
		);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(t.calls()).toHaveLength(1);
	});
});

describe('retries', () => {
	it('a read retries a 503 and succeeds', async () => {
		t.sim.faults.add({ path: /^\/contacts\//, action: { status: 503 } });
		const result = await t.run(getContact());
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => c.status)).toEqual([503, 200]);
	});

	it('a read retries a dropped connection and a malformed body', async () => {
		t.sim.faults.add({ path: /^\/contacts\//, action: { drop: true } });
		t.sim.faults.add({ path: /^\/contacts\//, action: { malformed: true } });
		const result = await t.run(getContact());
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].id).toBe(contactId());
		expect(t.calls()).toHaveLength(3);
	});

	it('retries are bounded: a read that keeps failing stops after 3 attempts', async () => {
		t.sim.faults.add({ path: /^\/contacts\//, times: Infinity, action: { status: 502 } });
		const result = await t.run(getContact());
		expect(result.error?.message).toBe('Leonar had a server error (HTTP 502)');
		expect(t.calls()).toHaveLength(3);
	});

	it('an update (PUT) is retried on a 5xx: repeating it changes nothing twice', async () => {
		t.sim.faults.add({ method: 'PUT', path: /^\/contacts\//, action: { status: 500 } });
		const result = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(contactId()),
			updateFields: { title: 'CTO' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('PUT').map((c) => c.status)).toEqual([500, 200]);
	});

	it('a create is never repeated blindly: 500, dropped connection and truncated body each make one call', async () => {
		for (const action of [{ status: 500 }, { drop: true as const }, { truncate: true as const }]) {
			t.sim.reset();
			t.sim.faults.add({ path: '/contacts', method: 'POST', action });
			const result = await t.run(createContact);
			expect(result.error).toBeDefined();
			expect(t.calls('POST', '/contacts')).toHaveLength(1);
			if (!('status' in action)) expect(result.error?.description).toContain('was not repeated');
		}
	});

	it('a search (a read sent as POST) is retried', async () => {
		t.sim.faults.add({ path: '/contacts/search', action: { status: 503 } });
		const result = await t.run({
			resource: 'contact',
			operation: 'search',
			query: 'engineer',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/contacts/search').map((c) => c.status)).toEqual([503, 200]);
	});
});

describe('pagination', () => {
	function exactly(count: number) {
		t.sim.state.contacts.clear();
		t.sim.seedContacts(count);
	}

	it('Return All over 250 contacts: 3 calls of up to 100, every contact once', async () => {
		exactly(250);
		const result = await t.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/contacts').map((c) => [c.query.limit, c.query.offset])).toEqual([
			['100', '0'],
			['100', '100'],
			['100', '200'],
		]);
		expect(new Set(jsonOf(result).map((c) => c.id)).size).toBe(250);
		expect(result.items).toHaveLength(250);
	});

	it('Limit 30: one call asking for 30', async () => {
		exactly(250);
		const result = await t.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(t.calls('GET', '/contacts').map((c) => c.query.limit)).toEqual(['30']);
		expect(result.items).toHaveLength(30);
	});

	it('Limit 130: asks for 100 then only the 30 still needed', async () => {
		exactly(250);
		const result = await t.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 130,
		});
		expect(t.calls('GET', '/contacts').map((c) => [c.query.limit, c.query.offset])).toEqual([
			['100', '0'],
			['30', '100'],
		]);
		expect(result.items).toHaveLength(130);
	});

	it('records inserted while paging (which shift the pages) are not emitted twice', async () => {
		exactly(150);
		t.sim.faults.add({ path: '/contacts', method: 'GET', skip: 1, action: { insertContacts: 10 } });
		const result = await t.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			options: { sort: '-created_at' },
		});
		const ids = jsonOf(result).map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThanOrEqual(150);
	});
});

describe('pagination while the data changes', () => {
	function exactly(count: number) {
		t.sim.state.contacts.clear();
		return t.sim.seedContacts(count);
	}

	it('records deleted between pages: none of the remaining ones is skipped', async () => {
		exactly(250);
		// Before the second page, delete 3 records the first page already returned.
		t.sim.faults.add({
			path: '/contacts',
			method: 'GET',
			skip: 1,
			action: {
				mutate: (state) => {
					const sorted = [...state.contacts.values()].sort((a, b) =>
						a.created_at === b.created_at
							? a.id < b.id
								? 1
								: -1
							: a.created_at < b.created_at
								? 1
								: -1,
					);
					for (const record of sorted.slice(0, 3)) state.contacts.delete(record.id);
				},
			},
		});
		const result = await t.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const ids = new Set(jsonOf(result).map((c) => c.id));
		expect(ids.size).toBe(result.items.length);
		for (const id of t.sim.state.contacts.keys()) expect(ids.has(id)).toBe(true);
	});

	it('an empty page that claims more is asked again, not skipped', async () => {
		exactly(150);
		t.sim.faults.add({
			path: '/contacts',
			method: 'GET',
			skip: 1,
			action: { emptyPageHasMore: true },
		});
		const result = await t.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(150);
		expect(t.calls('GET', '/contacts').map((c) => c.query.offset)).toEqual(['0', '100', '100']);
	});

	it('an empty page that keeps claiming more stops with a bound and says so', async () => {
		exactly(150);
		t.sim.faults.add({
			path: '/contacts',
			method: 'GET',
			skip: 1,
			times: Infinity,
			action: { emptyPageHasMore: true },
		});
		const result = await t.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe(
			'Leonar reported more records but sent an empty page (/contacts, offset 100)',
		);
		expect(t.calls('GET', '/contacts')).toHaveLength(4);
	});
});

describe('profile searches while the results change', () => {
	const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
	const account = () =>
		[...t.sim.state.connectedAccounts.values()].find((a) => a.api_status.recruiter === 'active')!;
	const dropFirst = (n: number) => ({
		mutate: () => void t.sim.state.sourcingProfiles.splice(0, n),
	});

	it('page search: profiles deleted between pages make it read the previous page again, none skipped', async () => {
		t.sim.faults.add({ path: '/sourcing/search', skip: 2, action: dropFirst(150) });
		const result = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(project().id),
			sourceType: 'leonar_source',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		// 320 - 150 = 170 left: page 3 (empty) shows the shrink, pages 1 and 2 are read again.
		expect(
			t.calls('POST', '/sourcing/search').map((c) => (c.body as { page: number }).page),
		).toEqual([1, 2, 3, 1, 2]);
		const ids = jsonOf(result).map((p) => p.profile_id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of t.sim.state.sourcingProfiles) expect(ids).toContain(p.profile_id);
	});

	it('cursor search: a second shrink after the one restart stops with a clear error', async () => {
		t.sim.faults.add({
			path: '/sourcing/linkedin/search',
			skip: 1,
			times: Infinity,
			action: dropFirst(1),
		});
		const result = await t.run({
			resource: 'sourcing',
			operation: 'linkedinSearch',
			projectId: locator(project().id),
			accountId: account().id,
			returnAll: true,
		});
		expect(result.error?.message).toBe(
			'The LinkedIn results kept changing while the node read them (/sourcing/linkedin/search)',
		);
		expect(result.error?.description).toContain('Run it again later, or narrow the search.');
		// Page 1, page 2 (shrank: restart), page 1 again, page 2 again (shrank again: stop).
		expect(t.calls('POST', '/sourcing/linkedin/search')).toHaveLength(4);
	});

	it('the advanced search (charges credits per profile) never reads a page twice', async () => {
		t.sim.setCredits({ sourcing: 1000 });
		t.sim.faults.add({ path: '/sourcing/advanced/profiles/search', skip: 1, action: dropFirst(3) });
		const result = await t.run({
			resource: 'sourcing',
			operation: 'advancedSearch',
			limit: 150,
			filters: { jobTitles: 'Engineer', companyFilter: 'any' },
		});
		const pages = t
			.calls('POST', '/sourcing/advanced/profiles/search')
			.map((c) => (c.body as { page: number }).page);
		expect(pages).toEqual([1, 2]);
		expect(result.error).toBeUndefined();
	});
});
