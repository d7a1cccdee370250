import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const sequences = () => [...t.sim.state.sequences.values()];
const [first, second] = [() => sequences()[0], () => sequences()[1]];
const enrollmentsOf = (id: string) =>
	[...t.sim.state.enrollments.values()].filter((e) => e.sequence_id === id);
const enrollParams = (extra: Record<string, unknown> = {}) => ({
	resource: 'sequence',
	operation: 'enroll',
	sequenceId: locator('={{ $json.sequence }}'),
	contactId: locator('={{ $json.contact }}'),
	...extra,
});

describe('sequence: get and getAll', () => {
	it('get: returns the sequence with its enrollment counters', async () => {
		const s = first();
		const result = await t.run({
			resource: 'sequence',
			operation: 'get',
			sequenceId: locator(`https://app.leonar.app/dashboard/sequences/${s.id}`, 'url'),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/sequences/${s.id}`)).toHaveLength(1);
		const [json] = jsonOf(result);
		expect(json.name).toBe(s.name);
		expect(json.enrollments).toMatchObject({ total: enrollmentsOf(s.id).length });
	});

	it('get: 404 names the sequence', async () => {
		const id = '00000000-0000-4000-8000-000000000002';
		const result = await t.run({ resource: 'sequence', operation: 'get', sequenceId: locator(id) });
		expect(result.error?.message).toBe(`Sequence ${id} was not found in Leonar`);
	});

	it('getAll: filters on status and name, sorts, simplifies', async () => {
		const result = await t.run({
			resource: 'sequence',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'active', name: 'backend' },
			options: { sort: 'name' },
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/sequences')[0].query).toEqual({
			status: 'active',
			name: 'ilike.%backend%',
			sort: 'name',
			limit: '100',
			offset: '0',
		});
		expect(jsonOf(result).map((s) => s.name)).toEqual(['Backend outreach Q4']);
		expect(Object.keys(jsonOf(result)[0])).not.toContain('priority_internal');
	});

	it('getEnrollments: Return All pages by offset (3 pages for 250 enrollments)', async () => {
		const s = second();
		const contacts = t.sim.seedContacts(250);
		const seeded = await t.run(enrollParams(), {
			input: contacts.map((c) => ({ sequence: s.id, contact: c.id })),
		});
		expect(seeded.error).toBeUndefined();
		t.sim.clearLog();
		const total = enrollmentsOf(s.id).length;
		const result = await t.run({
			resource: 'sequence',
			operation: 'getEnrollments',
			sequenceId: locator(s.id),
			returnAll: true,
			options: { sort: 'enrolled_at' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(total);
		expect(t.calls('GET', `/sequences/${s.id}/enrollments`).map((c) => c.query.offset)).toEqual([
			'0',
			'100',
			'200',
		]);
	});

	it('getEnrollments: filters by status and contact', async () => {
		const s = first();
		const enrollment = enrollmentsOf(s.id).find((e) => e.status === 'replied')!;
		const result = await t.run({
			resource: 'sequence',
			operation: 'getEnrollments',
			sequenceId: locator(s.id),
			filters: { status: 'replied', contactId: enrollment.contact_id },
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/sequences/${s.id}/enrollments`)[0].query).toEqual({
			status: 'replied',
			contact_id: enrollment.contact_id,
			limit: '50',
			offset: '0',
		});
		expect(jsonOf(result)).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ id: enrollment.id, status: 'replied' });
	});
});

describe('sequence: enroll and unenroll in batches', () => {
	it('700 items for one sequence → exactly 2 calls of 500 + 200, one output item per input item', async () => {
		const s = first();
		const contacts = t.sim.seedContacts(700);
		const result = await t.run(enrollParams(), {
			input: contacts.map((c) => ({ sequence: s.id, contact: c.id })),
		});
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', `/sequences/${s.id}/enroll`);
		expect(calls.map((c) => (c.body as { contact_ids: string[] }).contact_ids.length)).toEqual([
			500, 200,
		]);
		expect((calls[0].body as { contact_ids: string[] }).contact_ids).toEqual(
			contacts.slice(0, 500).map((c) => c.id),
		);
		expect(result.items).toHaveLength(700);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json).toMatchObject({
				sequence_id: s.id,
				contact_id: contacts[index].id,
				outcome: 'enrolled',
			});
		});
		expect(result.items[600].json.batch).toMatchObject({ enrolled: 200, size: 200 });
	});

	it('items for 2 sequences are grouped per sequence, interleaved input keeps its order', async () => {
		const [a, b] = [first(), second()];
		const contacts = t.sim.seedContacts(6);
		const input = contacts.map((c, index) => ({
			sequence: index % 2 ? b.id : a.id,
			contact: c.id,
		}));
		const result = await t.run(enrollParams(), { input });
		expect(result.error).toBeUndefined();
		expect(t.calls('POST').map((c) => c.path)).toEqual([
			`/sequences/${a.id}/enroll`,
			`/sequences/${b.id}/enroll`,
		]);
		expect(t.calls('POST', `/sequences/${a.id}/enroll`)[0].body).toEqual({
			contact_ids: [contacts[0].id, contacts[2].id, contacts[4].id],
		});
		expect(jsonOf(result).map((j) => j.sequence_id)).toEqual(input.map((i) => i.sequence));
		expect(result.items.map((i) => i.pairedItem)).toEqual(input.map((_, item) => ({ item })));
	});

	it('custom variables use the contacts format; the same contact twice takes one slot', async () => {
		const s = first();
		const [c1, c2] = t.sim.seedContacts(2);
		const result = await t.run(
			enrollParams({
				customVariables: { customVariable1: '={{ $json.v1 }}', customVariable3: 'Paris' },
			}),
			{
				input: [
					{ sequence: s.id, contact: c1.id, v1: 'Backend' },
					{ sequence: s.id, contact: c2.id, v1: '' },
					{ sequence: s.id, contact: c1.id, v1: 'Backend' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', `/sequences/${s.id}/enroll`);
		expect(call.body).toEqual({
			contacts: [
				{
					contact_id: c1.id,
					custom_variables: { custom_variable_1: 'Backend', custom_variable_3: 'Paris' },
				},
				{ contact_id: c2.id, custom_variables: { custom_variable_3: 'Paris' } },
			],
		});
		expect(result.items).toHaveLength(3);
		expect(result.items[2].json).toMatchObject({ contact_id: c1.id, outcome: 'enrolled' });
		expect(result.items[2].pairedItem).toEqual({ item: 2 });
		const stored = enrollmentsOf(s.id).find((e) => e.contact_id === c1.id)!;
		expect(stored.custom_variables).toEqual({
			custom_variable_1: 'Backend',
			custom_variable_3: 'Paris',
		});
	});

	it('mixed outcomes are reported as mixed with the counts', async () => {
		const s = first();
		const already = enrollmentsOf(s.id)[0].contact_id;
		const [fresh] = t.sim.seedContacts(1);
		const result = await t.run(enrollParams(), {
			input: [
				{ sequence: s.id, contact: fresh.id },
				{ sequence: s.id, contact: already },
			],
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((j) => j.outcome)).toEqual(['mixed', 'mixed']);
		expect(jsonOf(result)[0].batch).toMatchObject({
			enrolled: 1,
			skipped_already_enrolled: 1,
			size: 2,
		});
	});

	it('an invalid contact id fails that item only (Continue On Fail); the others are still sent', async () => {
		const s = first();
		const contacts = t.sim.seedContacts(2);
		const result = await t.run(enrollParams(), {
			input: [
				{ sequence: s.id, contact: contacts[0].id },
				{ sequence: s.id, contact: 'not-a-uuid' },
				{ sequence: s.id, contact: contacts[1].id },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', `/sequences/${s.id}/enroll`)[0].body).toEqual({
			contact_ids: [contacts[0].id, contacts[1].id],
		});
		expect(result.items).toHaveLength(3);
		expect(result.items[1].json.error).toContain('"Contact" must be a Leonar id');
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[2].json).toMatchObject({ contact_id: contacts[1].id, outcome: 'enrolled' });
	});

	it('without Continue On Fail, an invalid id stops the node before any request', async () => {
		const s = first();
		const [contact] = t.sim.seedContacts(1);
		const result = await t.run(enrollParams(), {
			input: [
				{ sequence: s.id, contact: contact.id },
				{ sequence: 'nope', contact: contact.id },
			],
		});
		expect(result.error?.message).toContain('"Sequence" must be a Leonar id');
		expect(t.calls()).toHaveLength(0);
	});

	it('a scope error names sequences:write; with Continue On Fail every item of the call carries it', async () => {
		const s = first();
		const contacts = t.sim.seedContacts(2);
		const input = contacts.map((c) => ({ sequence: s.id, contact: c.id }));
		const stopped = await t.run(enrollParams(), { input, key: 'sequences:read' });
		expect(stopped.error?.message).toContain('sequences:write');

		const continued = await t.run(enrollParams(), {
			input,
			key: 'sequences:read',
			continueOnFail: true,
		});
		expect(continued.error).toBeUndefined();
		expect(continued.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(continued.items.every((i) => String(i.json.error).includes('sequences:write'))).toBe(
			true,
		);
	});

	it('a missing sequence fails only its own items; the other sequence still goes', async () => {
		const missing = '00000000-0000-4000-8000-000000000003';
		const s = first();
		const contacts = t.sim.seedContacts(2);
		const result = await t.run(enrollParams(), {
			input: [
				{ sequence: missing, contact: contacts[0].id },
				{ sequence: s.id, contact: contacts[1].id },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.error).toBe(`Sequence ${missing} was not found in Leonar`);
		expect(result.items[1].json).toMatchObject({ sequence_id: s.id, outcome: 'enrolled' });
	});

	it('unenroll: 700 items → 500 + 200, outcome per item', async () => {
		const s = first();
		const contacts = t.sim.seedContacts(700);
		const input = contacts.map((c) => ({ sequence: s.id, contact: c.id }));
		await t.run(enrollParams(), { input });
		t.sim.clearLog();
		const result = await t.run({ ...enrollParams(), operation: 'unenroll' }, { input });
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', `/sequences/${s.id}/unenroll`);
		expect(calls.map((c) => (c.body as { contact_ids: string[] }).contact_ids.length)).toEqual([
			500, 200,
		]);
		expect(result.items).toHaveLength(700);
		expect(result.items[699].json).toMatchObject({
			contact_id: contacts[699].id,
			outcome: 'unenrolled',
		});
		expect(result.items[699].pairedItem).toEqual({ item: 699 });
		expect(enrollmentsOf(s.id).some((e) => contacts.some((c) => c.id === e.contact_id))).toBe(
			false,
		);
	});

	it('unenroll: a contact that is not enrolled is reported as not_found', async () => {
		const s = first();
		const [contact] = t.sim.seedContacts(1);
		const result = await t.run(
			{ ...enrollParams(), operation: 'unenroll' },
			{ input: [{ sequence: s.id, contact: contact.id }] },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', `/sequences/${s.id}/unenroll`)[0].body).toEqual({
			contact_ids: [contact.id],
		});
		expect(jsonOf(result)[0]).toMatchObject({
			outcome: 'not_found',
			batch: { unenrolled: 0, not_found: 1, size: 1 },
		});
	});
});
