/**
 * GET /projects is known from public client code only; `status=all` and `search` are assumed
 * (the documented profile ignores both). The project picker and Project › Get Many send only
 * the default list and `status=archived`, filter the text on the client, and check what came
 * back, so that under either profile they list the right projects.
 */
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { Leonar } from '../../nodes/Leonar/Leonar.node';
import type { SimulatorProfile } from '../simulator';
import { jsonOf, useSimulator } from '../support';

const t = useSimulator();
const { listSearch } = new Leonar().methods;

/** The smallest ILoadOptionsFunctions the list searches use, calling the simulator over HTTP. */
function loadContext(): ILoadOptionsFunctions {
	const credentials = { apiKey: t.sim.keys.full_access, baseUrl: t.sim.url };
	return {
		getNode: () =>
			({ id: 'l', name: 'Leonar', typeVersion: 1, parameters: {} }) as unknown as INode,
		getCredentials: async () => credentials,
		getCurrentNodeParameter: () => undefined,
		getNodeParameter: (_path: string, fallback?: unknown) => fallback,
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
				const url = new URL(options.url);
				for (const [name, value] of Object.entries(options.qs ?? {}))
					url.searchParams.append(name, String(value));
				const response = await fetch(url, {
					method: options.method,
					headers: { authorization: `Bearer ${credentials.apiKey}` },
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

const projects = () => [...t.sim.state.projects.values()];
const names = (list: IDataObject[]) => list.map((p) => String(p.name)).sort();
const sentQueries = () => t.calls('GET', '/projects').map((call) => call.query);

describe.each<SimulatorProfile>(['default', 'documented'])('projects (%s profile)', (profile) => {
	beforeEach(() => t.sim.setProfile(profile));

	it('the picker lists every project, archived ones last and marked, sending no assumed parameter', async () => {
		const page = await listSearch.searchProjects.call(loadContext());
		const all = [...page.results];
		let token = page.paginationToken;
		while (token) {
			const next = await listSearch.searchProjects.call(loadContext(), undefined, token);
			all.push(...next.results);
			token = next.paginationToken;
		}
		expect(all.map((r) => r.value).sort()).toEqual(
			projects()
				.map((p) => p.id)
				.sort(),
		);
		const archived = projects().find((p) => p.status === 'archived')!;
		expect(all.find((r) => r.value === archived.id)?.name).toContain('[archived]');
		for (const query of sentQueries()) {
			expect(query.search).toBeUndefined();
			expect(query.status === undefined || query.status === 'archived').toBe(true);
		}
	});

	it('the picker filters the typed text on the client', async () => {
		const wanted = projects().find((p) => p.status === 'active')!;
		const text = String(wanted.name).slice(0, 8).toUpperCase();
		const found = await listSearch.searchProjects.call(loadContext(), text);
		const expected = projects().filter((p) =>
			`${p.name} ${p.client_name ?? ''}`.toLowerCase().includes(text.toLowerCase()),
		);
		expect(found.results.map((r) => r.value).sort()).toEqual(expected.map((p) => p.id).sort());
		for (const query of sentQueries()) expect(query.search).toBeUndefined();
	});

	it.each([
		['all', () => projects()],
		['archived', () => projects().filter((p) => p.status === 'archived')],
		['active', () => projects().filter((p) => p.status !== 'archived')],
	])('Get Many with Status %s lists exactly those projects', async (status, expected) => {
		const result = await t.run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: { status },
		});
		expect(result.error).toBeUndefined();
		expect(names(jsonOf(result))).toEqual(names(expected()));
		for (const query of sentQueries()) expect(query.status).not.toBe('all');
	});

	it('Get Many with Search and a Limit: the matching projects only, searched on the client', async () => {
		const wanted = projects().find((p) => p.status === 'active')!;
		const result = await t.run({
			resource: 'project',
			operation: 'getAll',
			limit: 5,
			filters: { search: String(wanted.name).toLowerCase(), status: 'all' },
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((p) => p.id)).toEqual([wanted.id]);
		for (const query of sentQueries()) expect(query.search).toBeUndefined();
	});
});

describe('projects when Leonar ignores status=archived', () => {
	it('Get Many stops with a clear error instead of listing active projects as archived', async () => {
		t.sim.faults.add({
			method: 'GET',
			path: '/projects',
			times: Infinity,
			action: {
				status: 200,
				body: {
					data: projects().filter((p) => p.status !== 'archived'),
					meta: { total: 2, limit: 100, offset: 0, has_more: false },
				},
			},
		});
		const result = await t.run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'archived' },
		});
		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Leonar ignored the filter status=archived of GET /projects',
		);
		expect(result.error?.description).toContain('not archived');
	});
});
