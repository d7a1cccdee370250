/**
 * Leonar's docs show a company's name and custom_data only; the documented profile ignores
 * the other company fields. A create or update that Leonar answers without storing a field
 * the node sent is not an error (the record was written), but the output says which fields
 * were not stored (`_not_stored`), and so does an execution hint.
 */
import type { RunResult } from '../harness/n8n';
import type { SimulatorProfile } from '../simulator';
import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const hints = (result: RunResult) =>
	(result.run.data.resultData.runData.Leonar?.[0]?.hints ?? []).map((hint) => hint.message);

const company = () => [...t.sim.state.companies.values()].find((c) => !c.archived_at)!;

const runs = {
	create: () =>
		t.run({
			resource: 'company',
			operation: 'create',
			name: 'Globex',
			additionalFields: { domain: 'globex.example', industry: 'Energy' },
		}),
	findOrCreate: () =>
		t.run({
			resource: 'company',
			operation: 'findOrCreate',
			name: 'Initech',
			additionalFields: { domain: 'initech.example' },
		}),
	update: () =>
		t.run({
			resource: 'company',
			operation: 'update',
			companyId: locator(company().id),
			updateFields: { name: 'Renamed Co', website: 'https://renamed.example' },
		}),
};

const unstored = { create: ['domain', 'industry'], findOrCreate: ['domain'], update: ['website'] };

describe.each<SimulatorProfile>(['default', 'documented'])('company fields (%s)', (profile) => {
	beforeEach(() => t.sim.setProfile(profile));

	it.each(Object.keys(runs) as Array<keyof typeof runs>)('%s', async (name) => {
		const result = await runs[name]();
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const [json] = jsonOf(result);
		if (profile === 'default') {
			expect(json._not_stored).toBeUndefined();
			expect(hints(result)).toEqual([]);
		} else {
			expect(json._not_stored).toEqual(unstored[name]);
			expect(hints(result)).toEqual([
				`Leonar did not store ${unstored[name].join(', ')} of the company (not in Leonar's public docs); the other fields were written.`,
			]);
		}
	});
});
