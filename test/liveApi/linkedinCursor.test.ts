/**
 * The LinkedIn search's cursor: Leonar's guide shows it, but not where the answer carries it.
 * The node reads it wherever it is (data.cursor, meta.next_cursor, data.next_cursor,
 * next_cursor, meta.cursor, …) and re-sends the same body with it, as the guide shows; when
 * the answer says there is more but carries no cursor anywhere, it stops with a clear error.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Rec } from '../simulator';
import { locator, useSimulator } from '../support';

const t = useSimulator();

const project = (): Rec => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
const account = (): Rec =>
	[...t.sim.state.connectedAccounts.values()].find((a) => a.api_status.recruiter === 'active')!;

const search = (extra: IDataObject = {}) => ({
	resource: 'sourcing',
	operation: 'linkedinSearch',
	projectId: locator(project().id),
	accountId: account().id,
	...extra,
});

const calls = () => t.calls('POST', '/sourcing/linkedin/search');

describe('LinkedIn search cursor', () => {
	it('documented profile (cursor at meta.next_cursor): Return All reads every profile once', async () => {
		t.sim.setProfile('documented');
		const result = await t.run(search({ returnAll: true }));
		expect(result.error).toBeUndefined();
		const log = calls();
		expect(log.length).toBeGreaterThan(1);
		log.slice(1).forEach((call, k) => {
			const previous = log[k].response as { meta: { next_cursor: string } };
			expect((call.body as IDataObject).cursor).toBe(previous.meta.next_cursor);
		});
		const total = (log[0].response as { data: { total_count: number } }).data.total_count;
		const ids = result.items.map((item) => item.json.profile_id);
		expect(ids).toHaveLength(total);
		expect(new Set(ids).size).toBe(total);
	});

	it.each(['data.next_cursor', 'next_cursor', 'meta.cursor', 'meta.pagination.next_cursor'])(
		'a cursor at %s is found and followed',
		async (where) => {
			// The first page as Leonar would send it with the cursor at another place.
			await t.run(search({ limit: 150 }));
			const first = structuredClone(calls()[0].response) as IDataObject;
			const data = first.data as IDataObject;
			const cursor = data.cursor;
			delete data.cursor;
			const path = where.split('.');
			let target: IDataObject = first;
			for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as IDataObject;
			target[path[path.length - 1]] = cursor;
			t.sim.clearLog();
			t.sim.faults.add({
				method: 'POST',
				path: '/sourcing/linkedin/search',
				action: { status: 200, body: first },
			});
			const result = await t.run(search({ limit: 150 }));
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(150);
			expect((calls()[1].body as IDataObject).cursor).toBe(cursor);
		},
	);

	it('has_more without a cursor anywhere: a clear error after one call, never a loop', async () => {
		t.sim.setProfile('documented');
		t.sim.faults.add({
			method: 'POST',
			path: '/sourcing/linkedin/search',
			times: Infinity,
			action: {
				status: 200,
				body: {
					data: { profiles: [{ profile_id: 'p1', first_name: 'A' }], has_more: true },
					meta: {},
				},
			},
		});
		const result = await t.run(search({ returnAll: true }));
		expect(result.error?.message).toBe(
			'Leonar reported more LinkedIn results but sent no new cursor (/sourcing/linkedin/search)',
		);
		expect(result.error?.description).toContain('stopped after 1 profile(s)');
		expect(calls()).toHaveLength(1);
	});
});
