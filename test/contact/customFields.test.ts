import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const contact = () => [...t.sim.state.contacts.values()].find((c) => !c.archived_at) as IDataObject;
const byName = (...entries: Array<[string, string]>) => ({
	customFieldValues: entries.map(([field, value]) => ({ field, value })),
});

describe('contact custom fields set by name', () => {
	it('create: checks each value against its definition and merges with Custom Data (JSON)', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'create',
			firstName: 'Ada',
			additionalFields: {
				customData: '{"notice_period": "1 month", "seniority": "junior"}',
				customFieldsUi: byName(
					['Seniority', 'Senior'],
					['salary_expectation', '55 000'],
					['notice_period', ''],
				),
			},
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			'GET /contacts/custom-fields',
			'POST /contacts',
		]);
		expect(t.calls('POST', '/contacts')[0].body).toEqual({
			first_name: 'Ada',
			custom_data: { notice_period: '1 month', seniority: 'senior', salary_expectation: 55000 },
		});
		expect(jsonOf(result)[0].custom_data).toEqual({
			notice_period: '1 month',
			seniority: 'senior',
			salary_expectation: 55000,
		});
	});

	it('update: refuses a select value that is not an option, naming the field and the item, before the update', async () => {
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'update',
				contactId: locator(String(contact().id)),
				updateFields: { customFieldsUi: byName(['seniority', '={{ $json.level }}']) },
			},
			{ input: [{ level: 'mid' }, { level: 'principal' }] },
		);
		expect(result.error?.message).toBe(
			'"Custom Fields › Seniority" must be one of its options, got "principal"',
		);
		expect(result.error?.description).toBe(
			'Allowed values: junior (Junior), mid (Mid), senior (Senior).',
		);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(t.calls('GET', '/contacts/custom-fields')).toHaveLength(1);
		expect(t.calls('PUT', /^\/contacts\//)).toHaveLength(1);
	});

	it('update: refuses a number field given text before any update', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'update',
			contactId: locator(String(contact().id)),
			updateFields: { customFieldsUi: byName(['Salary expectation', 'a lot']) },
		});
		expect(result.error?.message).toBe(
			'"Custom Fields › Salary expectation" must be a number, got "a lot"',
		);
		expect(t.calls('PUT', /^\/contacts\//)).toHaveLength(0);
	});

	it('upsert: sets custom fields by name on the matched contact', async () => {
		const existing = contact();
		const email = (existing.emails as IDataObject[])[0].email as string;
		const result = await t.run({
			resource: 'contact',
			operation: 'upsert',
			email,
			additionalFields: { customFieldsUi: byName(['Notice period', '3 months']) },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('PUT', `/contacts/${existing.id}`)[0].body).toEqual({
			custom_data: { notice_period: '3 months' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: existing.id, _upsert: { action: 'updated' } });
	});

	it('names the scope contacts:read the definitions need', async () => {
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'create',
				firstName: 'Ada',
				additionalFields: { customFieldsUi: byName(['seniority', 'mid']) },
			},
			{ key: 'contacts:write' },
		);
		expect(result.error?.message).toContain('contacts:read');
		expect(t.calls('POST', '/contacts')).toHaveLength(0);
	});
});
