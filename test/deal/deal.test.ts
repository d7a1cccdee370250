import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const MISSING = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';

const deals = () => [...t.sim.state.deals.values()] as IDataObject[];
const openDeal = () => deals().find((d) => d.status === 'open' && !d.archived_at) as IDataObject;
const closedDeal = () => deals().find((d) => d.status === 'won') as IDataObject;
const pipelines = () =>
	[...t.sim.state.pipelines.values()] as Array<IDataObject & { stages: IDataObject[] }>;
const member = (n = 0) => [...t.sim.state.members.keys()][n] as string;

describe('deal: create', () => {
	it('sends the deal as the API spells it: pipeline, stage, owner, date as YYYY-MM-DD', async () => {
		const pipeline = pipelines()[1];
		const company = [...t.sim.state.companies.values()][0] as IDataObject;
		const contact = [...t.sim.state.contacts.values()][0] as IDataObject;
		const result = await t.run({
			resource: 'deal',
			operation: 'create',
			title: 'Zenith — 2 hires',
			additionalFields: {
				pipelineId: pipeline.id as string,
				stageId: pipeline.stages[1].id as string,
				ownerId: member(1),
				companyId: company.id as string,
				contactIds: `${String(contact.id)}`,
				amount: 24000,
				currency: 'usd',
				probability: 40,
				expectedCloseDate: '2026-06-30T22:30:00.000-02:00',
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', '/deals');
		expect(call.body).toEqual({
			title: 'Zenith — 2 hires',
			pipeline_id: pipeline.id,
			stage_id: pipeline.stages[1].id,
			owner_id: member(1),
			company_id: company.id,
			contact_ids: [contact.id],
			amount: 24000,
			currency: 'USD',
			probability: 40,
			expected_close_date: '2026-06-30',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			title: 'Zenith — 2 hires',
			status: 'open',
			expected_amount: 9600,
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a probability over 100 and a stage that is not a UUID before any request', async () => {
		const high = await t.run({
			resource: 'deal',
			operation: 'create',
			title: 'X',
			additionalFields: { probability: 120 },
		});
		expect(high.error?.message).toBe('"Probability (%)" must be at most 100, got 120');
		const stage = await t.run(
			{
				resource: 'deal',
				operation: 'create',
				title: 'X',
				additionalFields: { stageId: '={{ $json.stage }}' },
			},
			{ input: [{ stage: 'Qualified' }] },
		);
		expect(stage.error?.message).toBe('"Stage" must be a Leonar id (a UUID), got Qualified');
		expect(stage.error?.context?.itemIndex).toBe(0);
		expect(t.calls()).toHaveLength(0);
	});

	it('names the missing scope deals:write', async () => {
		const result = await t.run(
			{ resource: 'deal', operation: 'create', title: 'X' },
			{ key: 'deals:read' },
		);
		expect(result.error?.message).toContain('deals:write');
	});
});

describe('deal: get', () => {
	it('reads one deal by id, simplified on request', async () => {
		const deal = openDeal();
		const result = await t.run({
			resource: 'deal',
			operation: 'get',
			dealId: locator(String(deal.id)),
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`GET /deals/${deal.id}`]);
		expect(jsonOf(result)[0]).toMatchObject({
			id: deal.id,
			title: deal.title,
			stage_id: deal.stage_id,
		});
		expect(jsonOf(result)[0]).not.toHaveProperty('contact_ids');
	});

	it('says which deal was not found', async () => {
		const result = await t.run({ resource: 'deal', operation: 'get', dealId: locator(MISSING) });
		expect(result.error?.message).toBe(`Deal ${MISSING} was not found in Leonar`);
	});
});

describe('deal: getAll', () => {
	it('filters by pipeline and status and sorts, up to Limit', async () => {
		const pipeline = pipelines()[0];
		const result = await t.run({
			resource: 'deal',
			operation: 'getAll',
			limit: 2,
			filters: { pipelineId: pipeline.id as string, status: 'open' },
			options: { sort: '-amount' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/deals')[0].query).toEqual({
			pipeline_id: pipeline.id,
			status: 'open',
			sort: '-amount',
			limit: '2',
			offset: '0',
		});
		const expected = deals()
			.filter((d) => d.pipeline_id === pipeline.id && d.status === 'open' && !d.archived_at)
			.sort((a, b) => Number(b.amount) - Number(a.amount))
			.slice(0, 2)
			.map((d) => d.id);
		expect(jsonOf(result).map((d) => d.id)).toEqual(expected);
	});

	it('returns all active deals with Return All, and the archived one on request', async () => {
		const all = await t.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			filters: { title: 'O' },
		});
		expect(t.calls('GET', '/deals')[0].query).toEqual({
			title: 'ilike.%O%',
			limit: '100',
			offset: '0',
		});
		expect(
			jsonOf(all)
				.map((d) => d.id)
				.sort(),
		).toEqual(
			deals()
				.filter((d) => !d.archived_at && /o/i.test(String(d.title)))
				.map((d) => d.id)
				.sort(),
		);
		const archived = await t.run({
			resource: 'deal',
			operation: 'getAll',
			returnAll: true,
			filters: { archived: 'archived' },
		});
		expect(jsonOf(archived).map((d) => d.id)).toEqual(
			deals()
				.filter((d) => d.archived_at)
				.map((d) => d.id),
		);
	});

	it('names the missing scope deals:read', async () => {
		const result = await t.run({ resource: 'deal', operation: 'getAll' }, { key: 'contacts:read' });
		expect(result.error?.message).toContain('deals:read');
	});
});

describe('deal: update', () => {
	it('moves a deal to another pipeline and changes the owner', async () => {
		const deal = openDeal();
		const other = pipelines().find((p) => p.id !== deal.pipeline_id) as IDataObject & {
			stages: IDataObject[];
		};
		const result = await t.run({
			resource: 'deal',
			operation: 'update',
			dealId: locator(String(deal.id)),
			updateFields: { pipelineId: other.id as string, ownerId: member(2), amount: 0 },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('PUT', `/deals/${deal.id}`)[0].body).toEqual({
			pipeline_id: other.id,
			owner_id: member(2),
			amount: 0,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			pipeline_id: other.id,
			stage_id: other.stages[0].id,
			owner_id: member(2),
			amount: 0,
		});
	});

	it('refuses a bad currency before any request', async () => {
		const result = await t.run({
			resource: 'deal',
			operation: 'update',
			dealId: locator(String(openDeal().id)),
			updateFields: { currency: 'euro' },
		});
		expect(result.error?.message).toBe(
			'"Currency" must be a three-letter currency code such as EUR, got "euro"',
		);
		expect(t.calls()).toHaveLength(0);
	});
});

describe('deal: archive', () => {
	it('archives with DELETE', async () => {
		const deal = openDeal();
		const result = await t.run({
			resource: 'deal',
			operation: 'archive',
			dealId: locator(String(deal.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`DELETE /deals/${deal.id}`]);
		expect(jsonOf(result)[0]).toMatchObject({ id: deal.id, archived_at: expect.any(String) });
	});

	it('names the missing scope deals:delete', async () => {
		const result = await t.run(
			{ resource: 'deal', operation: 'archive', dealId: locator(String(openDeal().id)) },
			{ key: 'deals:write' },
		);
		expect(result.error?.message).toContain('deals:delete');
	});
});

describe('deal: moveStage', () => {
	it('sends the stage id of the deal given by its Leonar link', async () => {
		const deal = openDeal();
		const pipeline = pipelines().find((p) => p.id === deal.pipeline_id) as IDataObject & {
			stages: IDataObject[];
		};
		const target = pipeline.stages.find((s) => s.id !== deal.stage_id) as IDataObject;
		const result = await t.run({
			resource: 'deal',
			operation: 'moveStage',
			dealId: locator(`https://app.leonar.app/dashboard/acme/deals/${String(deal.id)}`, 'url'),
			stageId: target.id as string,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => [c.method, c.path, c.body])).toEqual([
			['PUT', `/deals/${deal.id}/stage`, { stage_id: target.id }],
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: deal.id, stage_id: target.id });
	});

	it('refuses a stage name instead of its id before any request', async () => {
		const result = await t.run({
			resource: 'deal',
			operation: 'moveStage',
			dealId: locator(String(openDeal().id)),
			stageId: 'Proposal',
		});
		expect(result.error?.message).toBe('"Stage" must be a Leonar id (a UUID), got Proposal');
		expect(t.calls()).toHaveLength(0);
	});
});

describe('deal: close', () => {
	it('closes as lost with date, amount and reason', async () => {
		const deal = openDeal();
		const result = await t.run({
			resource: 'deal',
			operation: 'close',
			dealId: locator(String(deal.id)),
			status: 'lost',
			additionalFields: { actualCloseDate: '2026-02-03', signedAmount: 0, lossReasonId: MISSING },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', `/deals/${deal.id}/close`)[0].body).toEqual({
			status: 'lost',
			signed_amount: 0,
			actual_close_date: '2026-02-03',
			loss_reason_id: MISSING,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			id: deal.id,
			status: 'lost',
			actual_close_date: '2026-02-03',
		});
	});

	it('refuses a status outside won/lost/disqualified before any request', async () => {
		const result = await t.run({
			resource: 'deal',
			operation: 'close',
			dealId: locator(String(openDeal().id)),
			status: '={{ "cancelled" }}',
		});
		expect(result.error?.message).toBe(
			'"Status" must be won, lost or disqualified, got "cancelled"',
		);
		expect(t.calls()).toHaveLength(0);
	});
});

describe('deal: reopen', () => {
	it('reopens a closed deal with a bodiless POST', async () => {
		const deal = closedDeal();
		const result = await t.run({
			resource: 'deal',
			operation: 'reopen',
			dealId: locator(String(deal.id)),
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', `/deals/${deal.id}/reopen`);
		expect(call.body ?? {}).toEqual({});
		expect(jsonOf(result)[0]).toMatchObject({ id: deal.id, status: 'open', closed_at: null });
	});

	it('says which deal was not found', async () => {
		const result = await t.run({ resource: 'deal', operation: 'reopen', dealId: locator(MISSING) });
		expect(result.error?.message).toBe(`Deal ${MISSING} was not found in Leonar`);
	});
});

describe('deal: getPipelines', () => {
	it('returns one item per pipeline with its stages', async () => {
		const result = await t.run({ resource: 'deal', operation: 'getPipelines' });
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual(['GET /deals/pipelines']);
		expect(jsonOf(result).map((p) => p.name)).toEqual(['Sales', 'Partnerships']);
		expect((jsonOf(result)[0].stages as IDataObject[]).map((s) => s.name)).toEqual([
			'Lead',
			'Qualified',
			'Proposal',
			'Negotiation',
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('names the missing scope deals:read', async () => {
		const result = await t.run(
			{ resource: 'deal', operation: 'getPipelines' },
			{ key: 'tasks:read' },
		);
		expect(result.error?.message).toContain('deals:read');
	});
});
