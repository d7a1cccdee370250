/**
 * The advanced profile search charges 1 sourcing credit per profile returned. Whether it
 * honours `page_size` is not in Leonar's docs: under the documented profile it ignores it and
 * returns pages of 25. The node never returns more than Limit profiles, never reads a page that
 * could charge for more than it still needs, and says how many credits Leonar reports as used.
 */
import type { IDataObject } from 'n8n-workflow';

import type { RunResult } from '../harness/n8n';
import { jsonOf, useSimulator } from '../support';

const t = useSimulator({ profile: 'documented', credits: { sourcing: 1000, enrichment: 100 } });

const advanced = (extra: IDataObject) => ({
	resource: 'sourcing',
	operation: 'advancedSearch',
	filters: { jobTitles: 'Engineer' },
	...extra,
});

const calls = () => t.calls('POST', '/sourcing/advanced/profiles/search');
const spent = () => 1000 - t.sim.state.credits.sourcing;
const hints = (result: RunResult) =>
	(result.run.data.resultData.runData.Leonar?.[0]?.hints ?? []).map((hint) => hint.message);

describe('advanced profile search when Leonar ignores page_size (pages of 25)', () => {
	it('Limit 3: at most 3 profiles, no further page, and the 25 credits Leonar charged are stated', async () => {
		const result = await t.run(advanced({ limit: 3 }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(calls()).toHaveLength(1);
		expect((calls()[0].body as IDataObject).page_size).toBe(3);
		expect(spent()).toBe(25);
		const credits = jsonOf(result)[0]._credits as IDataObject;
		expect(credits).toEqual({
			credits_used: 25,
			profiles_received: 25,
			profiles_returned: 3,
			page_size_asked: 3,
			note: expect.stringContaining('Leonar returned 25 profiles for a page of 3'),
		});
		for (const item of jsonOf(result)) expect(item._credits).toEqual(credits);
		expect(hints(result)).toEqual([expect.stringContaining('reports 25 sourcing credits used')]);
	});

	it('Limit 30: stops after the first page of 25 rather than pay 25 credits for 5 more', async () => {
		const result = await t.run(advanced({ limit: 30 }));
		expect(result.error).toBeUndefined();
		expect(calls()).toHaveLength(1);
		expect(result.items).toHaveLength(25);
		expect(spent()).toBe(25);
		const credits = jsonOf(result)[0]._credits as IDataObject;
		expect(credits).toMatchObject({ credits_used: 25, profiles_returned: 25 });
		expect(credits.note).toContain('returned 25 of the 30 asked');
	});

	it('Limit 50: two pages of 25, exactly 50 credits, nothing to report', async () => {
		const result = await t.run(advanced({ limit: 50 }));
		expect(result.error).toBeUndefined();
		expect(calls()).toHaveLength(2);
		expect(result.items).toHaveLength(50);
		expect(spent()).toBe(50);
		expect(new Set(jsonOf(result).map((p) => p.profile_id)).size).toBe(50);
		expect(jsonOf(result)[0]._credits).toBeUndefined();
	});
});

describe('advanced profile search when Leonar honours page_size (default profile)', () => {
	it('Limit 3: one page of 3, 3 credits, output unchanged', async () => {
		t.sim.setProfile('default');
		const result = await t.run(advanced({ limit: 3 }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(calls()).toHaveLength(1);
		expect(spent()).toBe(3);
		expect(jsonOf(result)[0]._credits).toBeUndefined();
		expect(hints(result)).toEqual([]);
	});
});
