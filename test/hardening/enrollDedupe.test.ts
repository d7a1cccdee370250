/**
 * Two items for the same sequence and contact are merged only when they are identical. With
 * different custom variables, the later one goes in a following call, and its output reports
 * what Leonar answered for it: never a value that was not sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const params = () => ({
	resource: 'sequence',
	operation: 'enroll',
	sequenceId: locator('={{ $json.sequence }}'),
	contactId: locator('={{ $json.contact }}'),
	customVariables: { customVariable1: '={{ $json.v1 }}' },
});

describe('enroll: duplicates with different values', () => {
	it('sends the second value in a following call and reports its own outcome', async () => {
		const s = [...t.sim.state.sequences.values()][0];
		const [c1, c2] = t.sim.seedContacts(2);
		const result = await t.run(params(), {
			input: [
				{ sequence: s.id, contact: c1.id, v1: 'Backend role' },
				{ sequence: s.id, contact: c2.id, v1: 'Backend role' },
				{ sequence: s.id, contact: c1.id, v1: 'Frontend role' },
			],
		});
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', `/sequences/${s.id}/enroll`);
		expect(calls.map((c) => c.body)).toEqual([
			{
				contacts: [
					{ contact_id: c1.id, custom_variables: { custom_variable_1: 'Backend role' } },
					{ contact_id: c2.id, custom_variables: { custom_variable_1: 'Backend role' } },
				],
			},
			{
				contacts: [{ contact_id: c1.id, custom_variables: { custom_variable_1: 'Frontend role' } }],
			},
		]);
		const out = jsonOf(result);
		expect(out).toHaveLength(3);
		expect(out[0]).toMatchObject({ contact_id: c1.id, outcome: 'enrolled' });
		// Item 2's value was sent, and Leonar's answer for it (already enrolled) is what it reports.
		expect(out[2]).toMatchObject({
			contact_id: c1.id,
			custom_variables: { custom_variable_1: 'Frontend role' },
		});
		expect(out[2].outcome).toBe('skipped_already_enrolled');
		expect((out[2].batch as IDataObject).size).toBe(1);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
