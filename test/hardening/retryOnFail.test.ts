/**
 * n8n's own node setting "Retry On Fail" runs the whole node again, so the creates of items
 * that had already succeeded run again and make duplicates. The node cannot prevent that, but
 * it can tell when it is such a re-run (n8n passes the same execution data to every try) and
 * whether the earlier try sent requests that create something: then it adds a warning to the
 * run (n8n's execution hints, shown above the output).
 */
import type { IDataObject, NodeExecutionHint } from 'n8n-workflow';

import type { RunResult } from '../harness/n8n';
import { locator, useSimulator } from '../support';

const t = useSimulator();

const retrying = { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 };
const hintsOf = (result: RunResult): NodeExecutionHint[] =>
	(result.run.data.resultData.runData.Leonar?.[0]?.hints ?? []) as NodeExecutionHint[];
const named = (name: string) =>
	[...t.sim.state.contacts.values()].filter((contact) => contact.first_name === name);

describe('Retry On Fail', () => {
	it('a re-run after creates: the duplicates it made are warned about', async () => {
		// The second create of the first try fails; n8n runs the node again for both items.
		t.sim.faults.add({ method: 'POST', path: '/contacts', skip: 1, action: { status: 500 } });
		const result = await t.run(
			{ resource: 'contact', operation: 'create', firstName: '={{ $json.name }}' },
			{ input: [{ name: 'Ada' }, { name: 'Bob' }], nodeSettings: retrying },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => (item.json as IDataObject).first_name)).toEqual([
			'Ada',
			'Bob',
		]);
		// What Retry On Fail does: Ada was created by both tries.
		expect(named('Ada')).toHaveLength(2);
		expect(t.calls('POST', '/contacts').map((call) => call.status)).toEqual([201, 500, 201, 201]);

		const hints = hintsOf(result);
		expect(hints).toHaveLength(1);
		expect(hints[0].type).toBe('warning');
		expect(hints[0].message).toMatch(/^n8n's "Retry On Fail" ran this node again/);
		expect(hints[0].message).toContain('2 requests that create or change records');
		expect(hints[0].message).toContain('POST /contacts');
		expect(hints[0].message).toContain('turn "Retry On Fail" off');
	});

	it('a re-run after reads only: no warning', async () => {
		const contact = [...t.sim.state.contacts.values()].find((c) => !c.archived_at)!;
		t.sim.faults.add({ method: 'GET', path: `/contacts/${contact.id}`, action: { status: 404 } });
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator(String(contact.id)) },
			{ nodeSettings: retrying },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('GET').map((call) => call.status)).toEqual([404, 200]);
		expect(hintsOf(result)).toEqual([]);
	});

	it('a first run with Retry On Fail on: no warning', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'create', firstName: 'Cy' },
			{ nodeSettings: retrying },
		);
		expect(result.error).toBeUndefined();
		expect(hintsOf(result)).toEqual([]);
	});
});
