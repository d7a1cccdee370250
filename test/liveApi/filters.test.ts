/**
 * Filters written with operators (`updated_at=gte.…`, `industry=ilike.…`, `archived_at=is.…`,
 * `name=ilike.…`) are not in Leonar's public docs; the documented profile ignores them and
 * returns the list unfiltered. The node checks what comes back against the filters it sent:
 * a record that does not match means Leonar ignored the filter, and the node stops with a
 * clear error instead of returning a wrong list, unless it can get the right one another
 * documented way (Updated Since: newest first down to the date, test/liveApi/updatedSince.test.ts).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { SimulatorProfile } from '../simulator';
import { jsonOf, useSimulator } from '../support';

const t = useSimulator();

let since = '';

/** The median updated_at of the active contacts: about half of them match "updated since". */
function middleUpdate(): string {
	const times = [...t.sim.state.contacts.values()]
		.filter((c) => !c.archived_at)
		.map((c) => String(c.updated_at))
		.sort();
	since = times[Math.floor(times.length / 2)];
	return since;
}

const cases: Array<{
	name: string;
	parameters: () => INodeParameters;
	/** The error of the documented profile; none where the node falls back and gives the list. */
	error?: RegExp;
	check: (items: IDataObject[]) => void;
}> = [
	{
		name: 'Contact › Get Many, Updated Since',
		parameters: () => ({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: middleUpdate() },
		}),
		check: (items) => {
			expect(items.length).toBeGreaterThan(0);
			for (const c of items)
				expect(Date.parse(String(c.updated_at))).toBeGreaterThanOrEqual(Date.parse(since));
		},
	},
	{
		name: 'Company › Get Many, Archived Only',
		parameters: () => ({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filters: { archived: 'archived' },
		}),
		error: /^Leonar ignored the filter archived_at=is\.not_null of GET \/companies$/,
		check: (items) => {
			expect(items.length).toBeGreaterThan(0);
			for (const c of items) expect(c.archived_at).not.toBeNull();
		},
	},
	{
		name: 'Sequence › Get Many, Name Contains',
		parameters: () => ({
			resource: 'sequence',
			operation: 'getAll',
			returnAll: true,
			filters: { name: 'backend' },
		}),
		error: /^Leonar ignored the filter name=ilike\.%backend% of GET \/sequences$/,
		check: (items) => {
			expect(items.map((s) => s.name)).toEqual(['Backend outreach Q4']);
		},
	},
];

describe.each<SimulatorProfile>(['default', 'documented'])('operator filters (%s)', (profile) => {
	beforeEach(() => t.sim.setProfile(profile));

	it.each(cases)('$name', async ({ parameters, error, check }) => {
		const result = await t.run(parameters());
		if (profile === 'default' || !error) {
			expect(result.error).toBeUndefined();
			check(jsonOf(result));
		} else {
			expect(result.items).toHaveLength(0);
			expect(result.error?.message).toMatch(error!);
			expect(result.error?.description).toContain("not in Leonar's public docs");
			expect(result.error?.description).toContain('Filter node');
		}
	});
});
