/**
 * "Updated Since" (and Company/Deal "Created After") are sent as operator filters
 * (`updated_at=gte.…`), which Leonar's public docs do not show; the simulator's documented
 * profile ignores them and answers with the whole list. The node notices it on the first page
 * and, where the list endpoint documents sorting by that date field, reads the list newest
 * first (`sort=-updated_at`) only down to the bound, applies every operator filter itself,
 * and gives the records in the order asked for. Where the server ignores the sort too, or a
 * filter cannot be applied on the node's side, it stops with a clear error.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Endpoint } from '../../nodes/Leonar/transport/endpoints';
import { ENDPOINTS } from '../../nodes/Leonar/transport/endpoints';
import type { LogEntry, Rec } from '../simulator';
import { jsonOf, useSimulator } from '../support';

const t = useSimulator();

const BOUND = '2025-10-01T00:00:00.000Z';
const HOUR = 3_600_000;

const contacts = () => [...t.sim.state.contacts.values()];
const ids = (records: IDataObject[] | Rec[]) => records.map((record) => String(record.id));

/**
 * Adds `total` contacts created and changed during 2024 (long before the bound); `recent` of
 * them, spread over the list, are changed after the bound, and one exactly at it.
 */
function seedContacts(total: number, recent: number): Rec[] {
	const seeded = t.sim.seedContacts(total).map((c) => t.sim.state.contacts.get(String(c.id))!);
	seeded.forEach((contact, index) => {
		contact.created_at = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
		contact.updated_at = new Date(Date.UTC(2024, 6, 1) + index * 60_000).toISOString();
	});
	const step = Math.floor(total / recent);
	for (let k = 0; k < recent; k++)
		seeded[k * step + 1].updated_at = new Date(Date.parse(BOUND) + (k + 1) * HOUR).toISOString();
	seeded[2].updated_at = BOUND;
	return seeded;
}

/** The active contacts changed at or after the bound, as the simulator holds them now. */
const updatedSince = () =>
	contacts().filter((c) => !c.archived_at && Date.parse(c.updated_at) >= Date.parse(BOUND));

const contactsSince = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'contact',
	operation: 'getAll',
	returnAll: true,
	filters: { updatedSince: BOUND },
	...extra,
});

/** The same parameters run where Leonar honours the filter (the default profile). */
async function honoured(parameters: INodeParameters) {
	t.sim.setProfile('default');
	t.sim.clearLog();
	const result = await t.run(parameters);
	expect(result.error).toBeUndefined();
	const log = t.calls();
	t.sim.setProfile('documented');
	t.sim.clearLog();
	return { json: jsonOf(result), log };
}

const wire = (log: LogEntry[]) =>
	log.map((call) => ({
		path: call.path,
		sort: call.query.sort,
		updated_at: call.query.updated_at,
		created_at: call.query.created_at,
		limit: call.query.limit,
		offset: call.query.offset,
	}));

describe('Updated Since where Leonar ignores the filter (documented profile)', () => {
	beforeEach(() => t.sim.setProfile('documented'));

	it('Contact, Return All: exactly the contacts changed since, in the default order, in 3 calls (3,000 contacts, 30 recent)', async () => {
		seedContacts(3000, 30);
		const result = await t.run(contactsSince());

		expect(result.error).toBeUndefined();
		const json = jsonOf(result);
		expect(ids(json).sort()).toEqual(ids(updatedSince()).sort());
		expect(json.length).toBe(31);
		for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
		// First the filtered request, then the oldest contact (what newest first must end
		// above), then one page newest first, which crosses the bound.
		expect(wire(t.calls())).toEqual([
			{
				path: '/contacts',
				sort: undefined,
				updated_at: `gte.${BOUND}`,
				created_at: undefined,
				limit: '100',
				offset: '0',
			},
			{
				path: '/contacts',
				sort: 'updated_at',
				updated_at: undefined,
				created_at: undefined,
				limit: '1',
				offset: '0',
			},
			{
				path: '/contacts',
				sort: '-updated_at',
				updated_at: undefined,
				created_at: undefined,
				limit: '100',
				offset: '0',
			},
		]);

		// The same items, in the same order, as where Leonar honours the filter.
		const reference = await honoured(contactsSince());
		expect(ids(json)).toEqual(ids(reference.json));
		expect(json).toEqual(reference.json);
		expect(wire(reference.log)).toEqual([
			{
				path: '/contacts',
				sort: undefined,
				updated_at: `gte.${BOUND}`,
				created_at: undefined,
				limit: '100',
				offset: '0',
			},
		]);
	});

	it('Contact, Limit 10 sorted by First Name: the first 10 of the filtered list, in 3 calls', async () => {
		seedContacts(3000, 30);
		const parameters = contactsSince({
			returnAll: false,
			limit: 10,
			options: { sort: 'first_name' },
		});
		const result = await t.run(parameters);

		expect(result.error).toBeUndefined();
		const json = jsonOf(result);
		expect(json).toHaveLength(10);
		const matching = new Set(ids(updatedSince()));
		for (const id of ids(json)) expect(matching.has(id)).toBe(true);
		const calls = wire(t.calls());
		expect(calls).toHaveLength(3);
		expect(calls[0]).toMatchObject({ sort: 'first_name', updated_at: `gte.${BOUND}`, limit: '10' });
		expect(calls[1]).toMatchObject({ sort: 'updated_at', updated_at: undefined, limit: '1' });
		expect(calls[2]).toMatchObject({ sort: '-updated_at', updated_at: undefined, offset: '0' });

		const reference = await honoured(parameters);
		expect(json).toEqual(reference.json);
	});

	it('Contact, a window of 250 over 3,000: newest first page by page, stopping at the bound (5 calls)', async () => {
		seedContacts(3000, 250);
		const result = await t.run(contactsSince({ options: { sort: 'last_name' } }));

		expect(result.error).toBeUndefined();
		const json = jsonOf(result);
		expect(json).toHaveLength(251);
		expect(new Set(ids(json)).size).toBe(251);
		expect(
			wire(t.calls()).map((call) => [call.sort, call.updated_at ? 'filtered' : '', call.offset]),
		).toEqual([
			['last_name', 'filtered', '0'],
			['updated_at', '', '0'],
			['-updated_at', '', '0'],
			['-updated_at', '', '100'],
			['-updated_at', '', '200'],
		]);
		const reference = await honoured(contactsSince({ options: { sort: 'last_name' } }));
		expect(json).toEqual(reference.json);
	});

	it('Contact, Limit 5 newest first by Updated At: the first page already matches, one call', async () => {
		seedContacts(3000, 30);
		const parameters = contactsSince({
			returnAll: false,
			limit: 5,
			options: { sort: '-updated_at' },
		});
		const result = await t.run(parameters);

		expect(result.error).toBeUndefined();
		expect(t.calls()).toHaveLength(1);
		const reference = await honoured(parameters);
		expect(jsonOf(result)).toEqual(reference.json);
	});

	it('Contact, Return All newest first by Updated At: the stray on page 3 (pages read concurrently) stops the read there', async () => {
		seedContacts(3000, 250);
		const parameters = contactsSince({ options: { sort: '-updated_at' } });
		const result = await t.run(parameters);

		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toHaveLength(251);
		const filtered = t.calls().filter((call) => call.query.updated_at);
		// The first page, the pages up to the third (the first with a stray), and at most
		// CONCURRENT_PAGES (5) asked while it was on its way; not the 31 pages of the list.
		expect(filtered.length).toBeGreaterThanOrEqual(3);
		expect(filtered.length).toBeLessThanOrEqual(3 + 5);
		expect(
			t
				.calls()
				.filter((call) => !call.query.updated_at)
				.map((call) => [call.query.sort, call.query.offset]),
		).toEqual([
			['updated_at', '0'],
			['-updated_at', '0'],
			['-updated_at', '100'],
			['-updated_at', '200'],
		]);
		const reference = await honoured(parameters);
		expect(jsonOf(result)).toEqual(reference.json);
	});

	it('Contact, a contact changed while the window is read: every contact once, in its newest version', async () => {
		seedContacts(3000, 250);
		// Right before the second page newest first (after the filtered request, the oldest
		// contact and the first page): one contact of the window not read yet,
		// and one already read, are edited (both move to the top of sort=-updated_at).
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 3,
			action: {
				mutate: (state) => {
					const window = [...state.contacts.values()]
						.filter((c) => !c.archived_at)
						.sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));
					window[150].title = 'Edited before it was read';
					window[150].updated_at = '2026-03-01T00:00:00.000Z';
					window[10].title = 'Edited after it was read';
					window[10].updated_at = '2026-03-01T00:00:01.000Z';
				},
			},
		});
		const result = await t.run(contactsSince());

		expect(result.error).toBeUndefined();
		const json = jsonOf(result);
		expect(new Set(ids(json)).size).toBe(json.length);
		expect(ids(json).sort()).toEqual(ids(updatedSince()).sort());
		expect(json.map((c) => c.title)).toEqual(
			expect.arrayContaining(['Edited before it was read', 'Edited after it was read']),
		);
		// Bounded: the filtered request, the oldest, the window (3 pages) and one more look at
		// its top (the list changed while it was read).
		expect(wire(t.calls()).map((call) => [call.sort, call.offset])).toEqual([
			[undefined, '0'],
			['updated_at', '0'],
			['-updated_at', '0'],
			['-updated_at', '100'],
			['-updated_at', '200'],
			['-updated_at', '0'],
		]);
		const reference = await honoured(contactsSince());
		expect(json).toEqual(reference.json);
	});

	it('Leonar ignores the sort too: a clear error, nothing returned', async () => {
		seedContacts(3000, 30);
		// What Leonar answers when it ignores `sort`: its default order (newest created first).
		const response = await fetch(`${t.sim.url}/contacts?limit=100&offset=0`, {
			headers: { Authorization: `Bearer ${t.sim.keys.full_access}` },
		});
		const defaultOrder = (await response.json()) as IDataObject;
		t.sim.clearLog();
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			times: Infinity,
			action: { status: 200, body: defaultOrder },
		});

		const result = await t.run(contactsSince());

		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe(
			`Leonar ignored both the filter updated_at=gte.${BOUND} and the order sort=-updated_at of GET /contacts`,
		);
		expect(result.error?.description).toMatch(/HTTP Request node.*"Leonar API".*Filter node/);
		// The filtered request, the oldest contact, the first page newest first.
		expect(t.calls()).toHaveLength(3);
	});

	describe('Company', () => {
		const COMPANY_BOUND = '2025-09-01T00:00:00.000Z';
		const CREATED_AFTER = '2025-08-24T03:00:00.000Z';

		/**
		 * Adds `total` companies created and changed in 2024; `recent` of them are changed since
		 * the bound, half of those created after CREATED_AFTER and half before it.
		 */
		function seedCompanies(total: number, recent: number): void {
			const template = [...t.sim.state.companies.values()][0];
			const step = Math.floor(total / recent);
			for (let index = 0; index < total; index++) {
				const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
				let created = Date.UTC(2024, 0, 1) + index * 60_000;
				let updated = created;
				if (index % step === 0) {
					const k = index / step;
					created = Date.parse(k % 2 ? '2025-08-25T00:00:00.000Z' : '2025-08-20T00:00:00.000Z');
					created += index * 60_000;
					updated = Date.parse(COMPANY_BOUND) + index * 60_000;
				}
				t.sim.state.companies.set(id, {
					...structuredClone(template),
					id,
					name: `Company ${index}`,
					created_at: new Date(created).toISOString(),
					updated_at: new Date(updated).toISOString(),
					archived_at: null,
				});
			}
		}

		const companiesSince = (filters: INodeParameters, extra: INodeParameters = {}) => ({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filters,
			...extra,
		});

		it('Updated Since and Created After together: both hold, newest first by the later bound, 3 calls', async () => {
			seedCompanies(500, 20);
			const parameters = companiesSince(
				{ updatedSince: COMPANY_BOUND, createdAfter: CREATED_AFTER },
				{ options: { sort: 'name' } },
			);
			const result = await t.run(parameters);

			expect(result.error).toBeUndefined();
			const json = jsonOf(result);
			const expected = [...t.sim.state.companies.values()].filter(
				(c) =>
					!c.archived_at &&
					Date.parse(c.updated_at) >= Date.parse(COMPANY_BOUND) &&
					Date.parse(c.created_at) >= Date.parse(CREATED_AFTER),
			);
			expect(expected.length).toBeGreaterThan(0);
			expect(ids(json).sort()).toEqual(ids(expected).sort());
			expect(wire(t.calls())).toEqual([
				{
					path: '/companies',
					sort: 'name',
					updated_at: `gte.${COMPANY_BOUND}`,
					created_at: `gte.${CREATED_AFTER}`,
					limit: '100',
					offset: '0',
				},
				{
					path: '/companies',
					sort: 'updated_at',
					updated_at: undefined,
					created_at: undefined,
					limit: '1',
					offset: '0',
				},
				{
					path: '/companies',
					sort: '-updated_at',
					updated_at: undefined,
					created_at: undefined,
					limit: '100',
					offset: '0',
				},
			]);
			const reference = await honoured(parameters);
			expect(json).toEqual(reference.json);
		});

		it('Created After alone: newest first by Created At, down to it', async () => {
			seedCompanies(500, 20);
			const parameters = companiesSince({ createdAfter: '2025-08-24T12:00:00.000Z' });
			const result = await t.run(parameters);

			expect(result.error).toBeUndefined();
			expect(wire(t.calls()).map((call) => [call.sort, call.created_at, call.limit])).toEqual([
				[undefined, 'gte.2025-08-24T12:00:00.000Z', '100'],
				['created_at', undefined, '1'],
				['-created_at', undefined, '100'],
			]);
			const reference = await honoured(parameters);
			expect(jsonOf(result).length).toBeGreaterThan(0);
			expect(jsonOf(result)).toEqual(reference.json);
		});

		it('Active Only with Updated Since: archived_at=is.null is applied by the node too', async () => {
			seedCompanies(500, 20);
			const parameters = companiesSince({ archived: 'active', updatedSince: COMPANY_BOUND });
			const result = await t.run(parameters);

			expect(result.error).toBeUndefined();
			expect(jsonOf(result).length).toBeGreaterThan(0);
			expect(t.calls()).toHaveLength(3);
			const reference = await honoured(parameters);
			expect(jsonOf(result)).toEqual(reference.json);
		});

		it('Archived Only with Updated Since cannot be applied by the node: the clear error after one call', async () => {
			seedCompanies(500, 20);
			const result = await t.run(
				companiesSince({ archived: 'archived', updatedSince: COMPANY_BOUND }),
			);

			expect(result.items).toHaveLength(0);
			expect(result.error?.message).toMatch(
				/^Leonar ignored the filter (archived_at=is\.not_null|updated_at=gte\.\S+) of GET \/companies$/,
			);
			expect(result.error?.description).toContain('Filter node');
			// Found on the first page: the other 4 pages of the unfiltered list are never read.
			expect(t.calls()).toHaveLength(1);
		});
	});

	it('Deal: GET /deals is not in the docs, so the route error after one call', async () => {
		const result = await t.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: BOUND },
		});

		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Deal › Get Many uses GET /deals, which this Leonar API does not offer',
		);
		expect(t.calls()).toHaveLength(1);
	});
});

describe('Updated Since where Leonar honours the filter (default profile)', () => {
	it('Deal: one filtered request, the deals changed since', async () => {
		const since = '2025-09-02T12:00:00.000Z';
		const result = await t.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: since, status: 'open' },
		});

		expect(result.error).toBeUndefined();
		const expected = [...t.sim.state.deals.values()].filter(
			(d) => !d.archived_at && d.status === 'open' && d.updated_at >= since,
		);
		expect(ids(jsonOf(result)).sort()).toEqual(ids(expected).sort());
		expect(wire(t.calls())).toEqual([
			{
				path: '/deals',
				sort: undefined,
				updated_at: `gte.${since}`,
				created_at: undefined,
				limit: '100',
				offset: '0',
			},
		]);
	});
});

describe('the sorts endpoints.ts declares are the ones the simulator documents', () => {
	const declared = Object.entries(ENDPOINTS).filter(([, endpoint]) => 'sort' in endpoint);

	it('Contact and Company lists declare a sort; Deal (IMPLIED) does not', () => {
		expect(declared.map(([name]) => name)).toEqual(['contactList', 'companyList']);
	});

	it.each(declared)('%s', (_name, endpoint) => {
		const openapi = t.sim.openapi as {
			paths: Record<string, Record<string, IDataObject & { parameters: IDataObject[] }>>;
		};
		const operation = openapi.paths[endpoint.path][endpoint.method.toLowerCase()];
		const sort = (endpoint as Endpoint).sort!;
		expect(operation['x-evidence']).not.toBe('IMPLIED');
		expect(sort.evidence).toBe(operation['x-evidence']);
		expect(operation.parameters.some((p) => p.in === 'query' && p.name === 'sort')).toBe(true);
		expect(operation['x-sort-fields']).toEqual([...sort.fields]);
	});
});
