import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const projects = () => [...t.sim.state.projects.values()];
const active = () => projects().find((p) => p.status === 'active')!;
const members = () => [...t.sim.state.members.keys()];

describe('project', () => {
	it('create: sends name, client and owners and returns the project with its pipeline', async () => {
		const company = [...t.sim.state.companies.values()].find((c) => !c.archived_at)!;
		const owners = members().slice(0, 2);
		const result = await t.run({
			resource: 'project',
			operation: 'create',
			name: 'Senior Backend Engineer',
			additionalFields: {
				clientCompanyId: company.id,
				ownerIds: owners,
				location: 'Paris, France',
				description: 'Build the API',
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', '/projects');
		expect(call.body).toEqual({
			name: 'Senior Backend Engineer',
			client_company_id: company.id,
			owner_ids: owners,
			location: 'Paris, France',
			description: 'Build the API',
		});
		const [project] = jsonOf(result);
		expect(project.name).toBe('Senior Backend Engineer');
		expect((project.owners as unknown[]).length).toBe(2);
		expect((project.pipeline as { stages: unknown[] }).stages.length).toBeGreaterThan(0);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('create: a name over 100 characters fails before any request', async () => {
		const result = await t.run({ resource: 'project', operation: 'create', name: 'x'.repeat(101) });
		expect(result.error?.message).toContain('"Name" is too long');
		expect(t.calls()).toHaveLength(0);
	});

	it('get: by Leonar URL, simplified', async () => {
		const project = active();
		const result = await t.run({
			resource: 'project',
			operation: 'get',
			projectId: locator(`https://app.leonar.app/dashboard/projects/${project.id}`, 'url'),
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/projects/${project.id}`)).toHaveLength(1);
		const [json] = jsonOf(result);
		expect(json.id).toBe(project.id);
		expect(json.pipeline).toBeUndefined();
		expect(Object.keys(json)).toEqual(expect.arrayContaining(['id', 'name', 'status', 'owners']));
	});

	it('get: 404 names the project', async () => {
		const id = '00000000-0000-4000-8000-000000000000';
		const result = await t.run({ resource: 'project', operation: 'get', projectId: locator(id) });
		expect(result.error?.message).toBe(`Project ${id} was not found in Leonar`);
	});

	it('get: a scope error names projects:read', async () => {
		const result = await t.run(
			{ resource: 'project', operation: 'get', projectId: locator(active().id) },
			{ key: 'contacts:read' },
		);
		expect(result.error?.message).toContain('projects:read');
	});

	it('getAll: Status All reads the default list, then status=archived (no assumed status=all or search), with the sort', async () => {
		const result = await t.run({
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'all', search: ' ' },
			options: { sort: 'name' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/projects').map((call) => call.query)).toEqual([
			{ sort: 'name', limit: '100', offset: '0' },
			{ status: 'archived', sort: 'name', limit: '100', offset: '0' },
		]);
		expect(result.items).toHaveLength(projects().length);
		const sorted = (archived: boolean) =>
			projects()
				.filter((p) => (p.status === 'archived') === archived)
				.map((p) => p.name)
				.sort();
		expect(jsonOf(result).map((p) => p.name)).toEqual([...sorted(false), ...sorted(true)]);
	});

	it('getAll: Limit reads only what is needed', async () => {
		const result = await t.run({ resource: 'project', operation: 'getAll', limit: 1 });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(t.calls('GET', '/projects')[0].query).toEqual({ limit: '1', offset: '0' });
	});

	it('update: archives a project', async () => {
		const project = active();
		const result = await t.run({
			resource: 'project',
			operation: 'update',
			projectId: locator(project.id),
			updateFields: { status: 'archived', name: 'Closed role' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('PUT', `/projects/${project.id}`)[0].body).toEqual({
			name: 'Closed role',
			status: 'archived',
		});
		expect(jsonOf(result)[0].status).toBe('archived');
	});

	it('update: nothing to update fails before any request', async () => {
		const result = await t.run({
			resource: 'project',
			operation: 'update',
			projectId: locator(active().id),
		});
		expect(result.error?.message).toContain('Nothing to update');
		expect(t.calls()).toHaveLength(0);
	});
});
