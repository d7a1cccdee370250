/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test prints its call counts */
/**
 * Return All reads the pages after the first concurrently once the first page gave the total
 * (transport/pagers/concurrent.ts), and stays exact when the list changes while it is read:
 * every record that existed for the whole run is returned, none twice, nothing that never
 * existed, in the API's order, with a bounded number of calls.
 */
import type { INodeParameters } from 'n8n-workflow';

import type { FaultRule, Rec, SimulatorState } from '../simulator';
import { jsonOf, useSimulator, watchInFlight } from '../support';

const t = useSimulator();
const K = 5;

/** The ids of the list as the API returns it now (a clean sequential-or-not read, no faults). */
async function listNow(parameters: INodeParameters): Promise<string[]> {
	t.sim.faults.clear();
	const result = await t.run(parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result).map((json) => String(json.id));
}

const visibleIds = () =>
	[...t.sim.state.contacts.values()].filter((c) => !c.archived_at).map((c) => String(c.id));

function expectExact(got: string[], before: string[], after: string[]) {
	expect(new Set(got).size).toBe(got.length);
	const present = new Set(got);
	const always = before.filter((id) => after.includes(id));
	expect(always.filter((id) => !present.has(id))).toEqual([]);
	const existed = new Set([...before, ...after]);
	expect(got.filter((id) => !existed.has(id))).toEqual([]);
	// In the API's order: the records still there come in the order the API lists them now.
	const stillThere = new Set(after);
	expect(got.filter((id) => stillThere.has(id))).toEqual(after.filter((id) => present.has(id)));
}

const getAll = (options: INodeParameters = {}): INodeParameters => ({
	resource: 'contact',
	operation: 'getAll',
	returnAll: true,
	options,
});

describe('Return All: pages after the first are read concurrently', () => {
	it.each([1000, 10_000])(
		'%d records: more than one page in flight, never more than K',
		async (n) => {
			t.sim.seedContacts(n);
			const total = visibleIds().length;
			const expected = await listNow(getAll());
			t.sim.clearLog();
			const inFlight = watchInFlight(t.sim, { method: 'GET', path: '/contacts' });
			const started = Date.now();
			const result = await t.run(getAll());
			const ms = Date.now() - started;
			expect(result.error).toBeUndefined();
			expect(jsonOf(result).map((json) => String(json.id))).toEqual(expected);
			expect(expected).toHaveLength(total);
			const calls = t.calls('GET', '/contacts');
			// Page 1, then pages of 100 that overlap the previous one by one record.
			expect(calls).toHaveLength(1 + Math.ceil((total - 100) / 99));
			expect(calls[0].query).toMatchObject({ limit: '100', offset: '0' });
			expect(calls.map((c) => Number(c.query.offset)).sort((a, b) => a - b)).toEqual(
				calls.map((_, k) => k * 99),
			);
			expect(inFlight.max()).toBeGreaterThan(1);
			expect(inFlight.max()).toBeLessThanOrEqual(K);
			process.stdout.write(
				`concurrent Return All of ${total}: ${calls.length} calls, max ${inFlight.max()} in flight, ${ms} ms (15 ms per request held)\n`,
			);
		},
	);
});

describe('Return All stays exact when the list changes while the pages are read', () => {
	const cases: Array<{
		name: string;
		options?: INodeParameters;
		rule?: (state: SimulatorState) => FaultRule['action'];
	}> = [
		{ name: 'no change' },
		{ name: '7 records inserted', rule: () => ({ insertContacts: 7 }) },
		{ name: '3 records deleted', rule: () => ({ deleteContacts: 3 }) },
		{
			name: '1 record edited (sorted by updated_at)',
			options: { sort: 'updated_at' },
			rule: () => ({
				mutate: (state: SimulatorState) => {
					const oldest = [...state.contacts.values()]
						.filter((c: Rec) => !c.archived_at)
						.sort((a: Rec, b: Rec) =>
							a.updated_at === b.updated_at
								? a.id < b.id
									? -1
									: 1
								: Date.parse(a.updated_at) - Date.parse(b.updated_at),
						);
					oldest[5].title = 'Edited while the node paged';
					oldest[5].updated_at = new Date(Date.now() + 60_000).toISOString();
				},
			}),
		},
	];

	it.each(cases)('$name, after page 1 and after page 4', async ({ options, rule }) => {
		for (const skip of [1, 4]) {
			t.sim.reset();
			t.sim.seedContacts(1000);
			const before = await listNow(getAll(options));
			const pages = Math.ceil(before.length / 100);
			t.sim.clearLog();
			if (rule)
				t.sim.faults.add({ method: 'GET', path: '/contacts', skip, action: rule(t.sim.state) });
			const result = await t.run(getAll(options));
			expect(result.error).toBeUndefined();
			const got = jsonOf(result).map((json) => String(json.id));
			const calls = t.calls('GET', '/contacts').length;
			const after = await listNow(getAll(options));
			expectExact(got, before, after);
			if (!rule) expect(got).toEqual(before);
			// Bounded: at worst the concurrent read, then the sequential one (twice under a
			// mutable sort: in the asked order, then in creation order).
			expect(calls).toBeLessThanOrEqual(1 + Math.ceil((before.length - 100) / 99) + 3 * pages + 2);
			process.stdout.write(
				`${rule ? 'change' : 'no change'} after request ${skip + 1}: ${calls} calls (${pages} pages)\n`,
			);
		}
	});
});
