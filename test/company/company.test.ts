import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const MISSING = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';

function companies(): IDataObject[] {
	return [...t.sim.state.companies.values()] as IDataObject[];
}
const active = () => companies().find((c) => !c.archived_at) as IDataObject;

describe('company: create', () => {
	it('sends the company as the API spells it, custom fields by name merged into custom_data (and winning over the JSON)', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'create',
			name: '  Zenith Labs ',
			additionalFields: {
				domain: 'zenith.io',
				industry: 'Biotech',
				size: '11-50',
				linkedinUrl: 'https://www.linkedin.com/company/zenith',
				customData: '{"tier": "key"}',
				customFieldsUi: { customFieldValues: [{ field: 'tier', value: 'Strategic' }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			'GET /companies/custom-fields',
			'POST /companies',
		]);
		const [call] = t.calls('POST', '/companies');
		expect(call.body).toEqual({
			name: 'Zenith Labs',
			domain: 'zenith.io',
			industry: 'Biotech',
			size: '11-50',
			linkedin_url: 'https://www.linkedin.com/company/zenith',
			custom_data: { tier: 'strategic' },
		});
		const [company] = jsonOf(result);
		expect(company).toMatchObject({ name: 'Zenith Labs', custom_data: { tier: 'strategic' } });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('loads the custom-field definitions once per execution, for all items', async () => {
		const result = await t.run(
			{
				resource: 'company',
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: {
					customFieldsUi: { customFieldValues: [{ field: 'tier', value: '={{ $json.tier }}' }] },
				},
			},
			{
				input: [
					{ name: 'A Corp', tier: 'key' },
					{ name: 'B Corp', tier: 'standard' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/companies/custom-fields')).toHaveLength(1);
		expect(t.calls('POST', '/companies').map((c) => c.body)).toEqual([
			{ name: 'A Corp', custom_data: { tier: 'key' } },
			{ name: 'B Corp', custom_data: { tier: 'standard' } },
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses a select value outside the field options, naming field and item, before creating', async () => {
		const result = await t.run(
			{
				resource: 'company',
				operation: 'create',
				name: 'Zenith',
				additionalFields: {
					customFieldsUi: { customFieldValues: [{ field: 'tier', value: '={{ $json.tier }}' }] },
				},
			},
			{ input: [{ tier: 'key' }, { tier: 'platinum' }] },
		);
		expect(result.error?.message).toBe(
			'"Custom Fields › Tier" must be one of its options, got "platinum"',
		);
		expect(result.error?.description).toContain('strategic');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(t.calls('POST', '/companies')).toHaveLength(1);
	});

	it('refuses malformed Custom Data JSON before any request', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'create',
			name: 'Zenith',
			additionalFields: { customData: '{tier: key' },
		});
		expect(result.error?.message).toBe('"Custom Data (JSON)" is not valid JSON');
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(t.calls()).toHaveLength(0);
	});

	it('names the missing scope companies:write', async () => {
		const result = await t.run(
			{ resource: 'company', operation: 'create', name: 'Zenith' },
			{ key: 'companies:read' },
		);
		expect(result.error?.message).toContain('companies:write');
	});
});

describe('company: get', () => {
	it('reads one company by id, or from a Leonar link, simplified on request', async () => {
		const company = active();
		const result = await t.run({
			resource: 'company',
			operation: 'get',
			companyId: locator(String(company.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`GET /companies/${company.id}`]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: company.id,
				name: company.name,
				description: company.description,
			}),
		]);

		const url = `https://app.leonar.app/dashboard/acme/companies/${company.id}`;
		const simple = await t.run({
			resource: 'company',
			operation: 'get',
			companyId: locator(url, 'url'),
			simplify: true,
		});
		expect(t.calls()[1].path).toBe(`/companies/${company.id}`);
		expect(Object.keys(jsonOf(simple)[0])).not.toContain('description');
		expect(jsonOf(simple)[0]).toMatchObject({ id: company.id, name: company.name });
	});

	it('says which company was not found', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'get',
			companyId: locator(MISSING),
		});
		expect(result.error?.message).toBe(`Company ${MISSING} was not found in Leonar`);
	});

	it('names the missing scope companies:read', async () => {
		const result = await t.run(
			{ resource: 'company', operation: 'get', companyId: locator(active().id as string) },
			{ key: 'contacts:read' },
		);
		expect(result.error?.message).toContain('companies:read');
	});
});

describe('company: getAll', () => {
	it('returns up to Limit companies, with filters and sort on the wire', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'getAll',
			limit: 3,
			filters: { industry: 'o', createdAfter: '2025-01-01T00:00:00Z' },
			options: { sort: 'name' },
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('GET', '/companies');
		expect(call.query).toEqual({
			industry: 'ilike.%o%',
			created_at: 'gte.2025-01-01T00:00:00.000Z',
			sort: 'name',
			limit: '3',
			offset: '0',
		});
		const names = jsonOf(result).map((c) => c.name as string);
		expect(names).toHaveLength(3);
		expect([...names].sort()).toEqual(names);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	it('returns every active company with Return All, and archived ones when asked', async () => {
		const all = await t.run({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(jsonOf(all)).toHaveLength(companies().filter((c) => !c.archived_at).length);
		expect(t.calls('GET', '/companies')[0].query).toEqual({ limit: '100', offset: '0' });

		const archived = await t.run({
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filters: { archived: 'archived', search: 'a' },
			simplify: true,
		});
		expect(t.calls('GET', '/companies')[1].query).toMatchObject({
			archived_at: 'is.not_null',
			search: 'a',
		});
		expect(jsonOf(archived).map((c) => c.id)).toEqual(
			companies()
				.filter((c) => c.archived_at)
				.map((c) => c.id),
		);
	});

	it('refuses a bad date before any request', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'getAll',
			filters: { updatedSince: 'yesterday' },
		});
		expect(result.error?.message).toBe('"Updated Since" is not a date: yesterday');
		expect(t.calls()).toHaveLength(0);
	});
});

describe('company: update', () => {
	it('sends only the given fields and merges custom fields', async () => {
		const company = active();
		const result = await t.run({
			resource: 'company',
			operation: 'update',
			companyId: locator(String(company.id)),
			updateFields: {
				website: 'https://new.example',
				customFieldsUi: { customFieldValues: [{ field: 'Tier', value: 'standard' }] },
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('PUT', `/companies/${company.id}`);
		expect(call.body).toEqual({
			website: 'https://new.example',
			custom_data: { tier: 'standard' },
		});
		expect(jsonOf(result)[0]).toMatchObject({
			id: company.id,
			website: 'https://new.example',
			custom_data: { tier: 'standard' },
		});
	});

	it('refuses an unknown custom field, naming it, and sends nothing to update', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'update',
			companyId: locator(String(active().id)),
			updateFields: { customFieldsUi: { customFieldValues: [{ field: 'revenue', value: '3' }] } },
		});
		expect(result.error?.message).toBe(
			'"Custom Fields": the company custom field "revenue" does not exist',
		);
		expect(result.error?.description).toContain('Tier (tier)');
		expect(t.calls('PUT', /^\/companies\//)).toHaveLength(0);
	});

	it('refuses an update with no field before any request', async () => {
		const result = await t.run({
			resource: 'company',
			operation: 'update',
			companyId: locator(String(active().id)),
		});
		expect(result.error?.message).toMatch(/^Nothing to update/);
		expect(t.calls()).toHaveLength(0);
	});
});

describe('company: archive', () => {
	it('archives with DELETE and returns the archived company', async () => {
		const company = active();
		const result = await t.run({
			resource: 'company',
			operation: 'archive',
			companyId: locator(String(company.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			`DELETE /companies/${company.id}`,
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: company.id, archived_at: expect.any(String) });
	});

	it('names the missing scope companies:delete', async () => {
		const result = await t.run(
			{ resource: 'company', operation: 'archive', companyId: locator(String(active().id)) },
			{ key: 'companies:write' },
		);
		expect(result.error?.message).toContain('companies:delete');
	});
});

describe('company: findOrCreate', () => {
	it('finds an existing company by exact name, ignoring case, without creating one', async () => {
		const company = active();
		const result = await t.run({
			resource: 'company',
			operation: 'findOrCreate',
			name: ` ${String(company.name).toUpperCase()} `,
			additionalFields: { industry: 'Ignored' },
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('GET', '/companies');
		expect(call.query).toMatchObject({ search: String(company.name).toUpperCase() });
		expect(t.calls('POST', '/companies')).toHaveLength(0);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: company.id, _findOrCreate: { action: 'found' } }),
		]);
	});

	it('creates the company when only similar names exist', async () => {
		const company = active();
		const name = `${String(company.name)} Holding`;
		const result = await t.run(
			{
				resource: 'company',
				operation: 'findOrCreate',
				name: '={{ $json.name }}',
				additionalFields: { domain: 'holding.example' },
			},
			{ input: [{ name }] },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			'GET /companies',
			'POST /companies',
		]);
		expect(t.calls('POST', '/companies')[0].body).toEqual({ name, domain: 'holding.example' });
		expect(jsonOf(result)[0]).toMatchObject({ name, _findOrCreate: { action: 'created' } });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses an empty name before any request', async () => {
		const result = await t.run({ resource: 'company', operation: 'findOrCreate', name: '  ' });
		expect(result.error?.message).toBe('"Name" is required and must be text');
		expect(t.calls()).toHaveLength(0);
	});
});
