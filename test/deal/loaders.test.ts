import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { Leonar } from '../../nodes/Leonar/Leonar.node';
import { locator, useSimulator } from '../support';

const t = useSimulator();
const node = new Leonar();

function valueAt(source: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			source,
		);
}

/**
 * The smallest ILoadOptionsFunctions the node's methods use, with a real HTTP call to the
 * simulator that authenticates the way the credential's `authenticate` block does.
 */
function loadContext(
	parameters: IDataObject,
	key: keyof typeof t.sim.keys = 'full_access',
): ILoadOptionsFunctions {
	const credentials = { apiKey: t.sim.keys[key], baseUrl: t.sim.url };
	return {
		getNode: () =>
			({
				id: 'leonar',
				name: 'Leonar',
				type: 'n8n-nodes-leonar.leonar',
				typeVersion: 1,
				position: [0, 0],
				parameters,
			}) as INode,
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (path: string) => valueAt(parameters, path),
		getNodeParameter: (path: string, ...rest: unknown[]) =>
			valueAt(parameters, path) ?? rest[rest.length - 1],
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
				const url = new URL(options.url);
				for (const [name, value] of Object.entries(options.qs ?? {})) {
					for (const v of Array.isArray(value) ? value : [value])
						url.searchParams.append(name, String(v));
				}
				const response = await fetch(url, {
					method: options.method,
					headers: {
						authorization: `Bearer ${credentials.apiKey}`,
						'content-type': 'application/json',
					},
					body: options.body === undefined ? undefined : JSON.stringify(options.body),
				});
				const text = await response.text();
				return {
					statusCode: response.status,
					headers: Object.fromEntries(response.headers.entries()),
					body: text ? JSON.parse(text) : '',
				};
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

const pipelines = () =>
	[...t.sim.state.pipelines.values()] as Array<IDataObject & { stages: IDataObject[] }>;
const paths = () => t.calls().map((c) => `${c.method} ${c.path}`);

describe('deal stage dropdown (depends on the pipeline)', () => {
	it('lists the stages of the pipeline chosen in Additional Fields', async () => {
		const partnerships = pipelines().find((p) => p.name === 'Partnerships') as IDataObject;
		const options = await node.methods.loadOptions.getDealStages.call(
			loadContext({
				resource: 'deal',
				operation: 'create',
				additionalFields: { pipelineId: partnerships.id },
			}),
		);
		expect(options.map((o) => o.name)).toEqual(['Intro', 'Discussion', 'Contract']);
		expect(options.every((o) => /^[0-9a-f-]{36}$/.test(String(o.value)))).toBe(true);
		expect(paths()).toEqual(['GET /deals/pipelines']);
	});

	it("on Move Stage, lists the stages of the chosen deal's pipeline", async () => {
		const deal = [...t.sim.state.deals.values()].find(
			(d) => d.pipeline_id === pipelines()[1].id,
		) as IDataObject;
		const options = await node.methods.loadOptions.getDealStages.call(
			loadContext({ resource: 'deal', operation: 'moveStage', dealId: locator(String(deal.id)) }),
		);
		expect(options.map((o) => o.name)).toEqual(pipelines()[1].stages.map((s) => s.name));
		expect(paths()).toEqual([`GET /deals/${deal.id}`, 'GET /deals/pipelines']);
	});

	it('without a pipeline, lists every stage named after its pipeline', async () => {
		const options = await node.methods.loadOptions.getDealStages.call(
			loadContext({ resource: 'deal', operation: 'getAll', filters: {} }),
		);
		expect(options.map((o) => o.name)).toEqual([
			'Sales: Lead',
			'Sales: Qualified',
			'Sales: Proposal',
			'Sales: Negotiation',
			'Partnerships: Intro',
			'Partnerships: Discussion',
			'Partnerships: Contract',
		]);
	});

	it('surfaces a scope error', async () => {
		await expect(
			node.methods.loadOptions.getDealPipelines.call(loadContext({}, 'contacts:read')),
		).rejects.toThrow(/deals:read/);
	});
});

describe('other dropdowns', () => {
	it('lists pipelines, members and custom fields by label', async () => {
		const ctx = loadContext({});
		expect((await node.methods.loadOptions.getDealPipelines.call(ctx)).map((o) => o.name)).toEqual([
			'Sales (Default)',
			'Partnerships',
		]);
		const members = await node.methods.loadOptions.getMembers.call(ctx);
		expect(members[0]).toEqual({
			name: 'Claire Dumont (claire@talentco.example)',
			value: [...t.sim.state.members.keys()][0],
		});
		const contactFields = await node.methods.loadOptions.getContactCustomFields.call(ctx);
		expect(contactFields.map((o) => [o.name, o.value])).toEqual([
			['Salary expectation', 'salary_expectation'],
			['Seniority', 'seniority'],
			['Notice period', 'notice_period'],
		]);
		const companyFields = await node.methods.loadOptions.getCompanyCustomFields.call(ctx);
		expect(companyFields).toEqual([expect.objectContaining({ name: 'Tier', value: 'tier' })]);
		expect(paths()).toEqual([
			'GET /deals/pipelines',
			'GET /workspace/members',
			'GET /contacts/custom-fields',
			'GET /companies/custom-fields',
		]);
	});
});

describe('From List searches', () => {
	it('searches tasks on the server by title and pages with an offset token', async () => {
		const template = [...t.sim.state.tasks.values()][0] as IDataObject;
		for (let n = 0; n < 55; n++) {
			const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
			t.sim.state.tasks.set(id, { ...template, id, title: `Bulk follow-up ${n}` });
		}
		const ctx = loadContext({});
		const first = await node.methods.listSearch.searchTasks.call(ctx, 'bulk FOLLOW');
		expect(t.calls('GET', '/tasks')[0].query).toEqual({
			limit: '50',
			offset: '0',
			title: 'ilike.%bulk FOLLOW%',
		});
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('50');
		const second = await node.methods.listSearch.searchTasks.call(
			ctx,
			'bulk FOLLOW',
			first.paginationToken,
		);
		expect(t.calls('GET', '/tasks')[1].query).toMatchObject({ offset: '50' });
		expect(second.results).toHaveLength(5);
		expect(second.paginationToken).toBeUndefined();
	});

	it('searches companies with the API search parameter and deals, notes and tags by text', async () => {
		const ctx = loadContext({});
		const companies = await node.methods.listSearch.searchCompanies.call(ctx, 'acme');
		expect(companies.results).toEqual([
			{ name: 'Acme Robotics (acme-robotics.com)', value: expect.any(String) },
		]);
		const deals = await node.methods.listSearch.searchDeals.call(ctx, 'acme');
		expect(deals.results.map((r) => r.name)).toEqual(['Acme — 3 backend hires (open, 45000 EUR)']);
		const notes = await node.methods.listSearch.searchNotes.call(ctx);
		expect(notes.results.length).toBe(t.sim.state.notes.size);
		const tags = await node.methods.listSearch.searchTags.call(ctx, 'remote');
		expect(tags.results.map((r) => r.name)).toEqual(['Remote OK (global)']);
		expect(t.calls().map((c) => [c.path, c.query])).toEqual([
			['/companies', { limit: '50', offset: '0', search: 'acme', sort: 'name' }],
			['/deals', { limit: '50', offset: '0', title: 'ilike.%acme%' }],
			['/notes', { limit: '50', offset: '0' }],
			['/tags', { limit: '50', offset: '0', search: 'remote', sort: 'name' }],
		]);
	});
});
