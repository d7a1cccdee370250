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
