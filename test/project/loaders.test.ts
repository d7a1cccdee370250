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

/** The smallest ILoadOptionsFunctions the methods use, calling the simulator over HTTP. */
function loadContext(parameters: IDataObject): ILoadOptionsFunctions {
	const credentials = { apiKey: t.sim.keys.full_access, baseUrl: t.sim.url };
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
				for (const [name, value] of Object.entries(options.qs ?? {}))
					url.searchParams.append(name, String(value));
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

const { listSearch, loadOptions } = node.methods;
const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;

describe('lists and dropdowns for projects, entries, sequences, conversations, accounts', () => {
	it('searchProjects: the default list, then the archived ones marked; the text matched on the client', async () => {
		const first = await listSearch.searchProjects.call(loadContext({}));
		const next = await listSearch.searchProjects.call(
			loadContext({}),
			undefined,
			first.paginationToken,
		);
		const all = [...first.results, ...next.results];
		expect(all).toHaveLength(t.sim.state.projects.size);
		expect(next.results.every((r) => r.name.includes('[archived]'))).toBe(true);
		const p = project();
		const found = await listSearch.searchProjects.call(loadContext({}), p.name.slice(0, 6));
		expect(t.calls('GET', '/projects')[2].query).toEqual({
			sort: '-updated_at',
			limit: '50',
			offset: '0',
		});
		expect(found.results.map((r) => r.value)).toContain(p.id);
	});

	it('searchSequences: the name matched on the client (no assumed ilike filter)', async () => {
		const found = await listSearch.searchSequences.call(loadContext({}), 'backend');
		expect(t.calls('GET', '/sequences')[0].query).toEqual({
			sort: 'name',
			limit: '50',
			offset: '0',
		});
		expect(found.results.map((r) => r.name)).toEqual(['Backend outreach Q4 (active)']);
	});

	it('searchConversations: labelled with the contact and channel', async () => {
		const found = await listSearch.searchConversations.call(loadContext({}));
		expect(found.results).toHaveLength(t.sim.state.conversations.size);
		expect(found.results[0].name).toMatch(/\((email|linkedin)\)/);
	});

	it('getProjectStages and searchPipelineEntries depend on the chosen project (id or URL)', async () => {
		const p = project();
		const stages = await loadOptions.getProjectStages.call(
			loadContext({
				projectId: locator(`https://app.leonar.app/dashboard/projects/${p.id}`, 'url'),
			}),
		);
		expect(stages.map((s) => s.value)).toEqual(p.pipeline.stages.map((s: IDataObject) => s.id));
		expect(await loadOptions.getProjectStages.call(loadContext({}))).toEqual([]);

		const entries = await listSearch.searchPipelineEntries.call(
			loadContext({ projectId: locator(p.id) }),
		);
		const count = [...t.sim.state.entries.values()].filter((e) => e.project_id === p.id).length;
		expect(entries.results).toHaveLength(Math.min(count, 50));
	});

	it('getConnectedAccounts: only accounts with an active search seat', async () => {
		const accounts = await loadOptions.getConnectedAccounts.call(loadContext({}));
		expect(accounts.map((a) => a.name)).toEqual(['Claire Dumont (Recruiter)']);
	});
});
