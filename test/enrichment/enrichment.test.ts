import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const contact = () =>
	[...t.sim.state.contacts.values()].find((c) => !c.archived_at && c.current_company)!;

describe('enrichment', () => {
	it('enrich: starts the request and returns it pending', async () => {
		const c = contact();
		const result = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(c.id),
			dataTypes: ['work_email', 'phone'],
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/enrichments')[0].body).toEqual({
			contact_id: c.id,
			data_types: ['work_email', 'phone'],
		});
		expect(t.calls('GET')).toHaveLength(0);
		expect(jsonOf(result)[0]).toMatchObject({ contact_id: c.id, status: 'pending' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('enrich: Wait for Completion polls until the result is there', async () => {
		const c = contact();
		const result = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(c.id),
			dataTypes: ['work_email'],
			waitForCompletion: true,
			maxWait: 30,
		});
		expect(result.error).toBeUndefined();
		const [request] = jsonOf(result);
		expect(request.status).toBe('completed');
		expect(t.calls('GET', `/enrichments/${String(request.id)}`).length).toBeGreaterThanOrEqual(1);
		expect((request.result as { emails: unknown[] }).emails).toHaveLength(1);
	});

	it('enrich: the wait is bounded; a request still pending is returned as is', async () => {
		t.sim.clock.set(Date.now());
		const result = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(contact().id),
			waitForCompletion: true,
			maxWait: 1,
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].status).toBe('pending');
		expect(t.calls('GET')).toHaveLength(1);
	});

	it('enrich: no data type fails before any request', async () => {
		const result = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(contact().id),
			dataTypes: [],
		});
		expect(result.error?.message).toContain('"Data Types" is empty');
		expect(t.calls()).toHaveLength(0);
	});

	it('enrich: credits exhausted and missing scope are named', async () => {
		const noScope = await t.run(
			{ resource: 'enrichment', operation: 'enrich', contactId: locator(contact().id) },
			{ key: 'enrichment:read' },
		);
		expect(noScope.error?.message).toContain('enrichment:write');

		t.sim.setCredits({ enrichment: 0 });
		const noCredits = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(contact().id),
		});
		expect(noCredits.error?.message).toBe('The Leonar workspace ran out of enrichment credits');
		expect(noCredits.error?.description).toContain('Available: 0, required: 1.');
	});

	it('get: reads the status of a request; 404 names it', async () => {
		const created = await t.run({
			resource: 'enrichment',
			operation: 'enrich',
			contactId: locator(contact().id),
		});
		const id = String(jsonOf(created)[0].id);
		t.sim.clock.advance(5000);
		const result = await t.run({ resource: 'enrichment', operation: 'get', enrichmentId: id });
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/enrichments/${id}`)).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ id, status: 'completed' });

		const missing = '00000000-0000-4000-8000-000000000006';
		const notFound = await t.run({
			resource: 'enrichment',
			operation: 'get',
			enrichmentId: missing,
		});
		expect(notFound.error?.message).toBe(`Enrichment request ${missing} was not found in Leonar`);
	});

	it('get: an id that is not a UUID fails before any request', async () => {
		const result = await t.run({ resource: 'enrichment', operation: 'get', enrichmentId: '42' });
		expect(result.error?.message).toContain('"Enrichment ID" must be a Leonar id');
		expect(t.calls()).toHaveLength(0);
	});
});
