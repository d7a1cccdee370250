import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
const stages = () => project().pipeline.stages as Array<{ id: string; name: string }>;
const entriesOf = (projectId: string) =>
	[...t.sim.state.entries.values()].filter((e) => e.project_id === projectId);
const outsider = () => {
	const inProject = new Set(entriesOf(project().id).map((e) => e.contact_id));
	return [...t.sim.state.contacts.values()].find((c) => !c.archived_at && !inProject.has(c.id))!;
};

describe('pipelineEntry', () => {
	it('create: adds a contact to a chosen stage', async () => {
		const p = project();
		const contact = outsider();
		const stage = stages()[2];
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'create',
			projectId: locator(p.id),
			contactId: locator(contact.id),
			additionalFields: { stageId: stage.id },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', `/projects/${p.id}/entries`)[0].body).toEqual({
			contact_id: contact.id,
			stage_id: stage.id,
		});
		const [entry] = jsonOf(result);
		expect(entry.stage).toEqual({ id: stage.id, name: stage.name });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('create: without a stage sends only the contact (first stage)', async () => {
		const p = project();
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'create',
			projectId: locator(p.id),
			contactId: locator(outsider().id),
		});
		expect(result.error).toBeUndefined();
		expect(Object.keys(t.calls('POST', `/projects/${p.id}/entries`)[0].body as object)).toEqual([
			'contact_id',
		]);
		expect((jsonOf(result)[0].stage as { id: string }).id).toBe(stages()[0].id);
	});

	it('create: a stage name instead of its id fails before any request', async () => {
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'create',
			projectId: locator(project().id),
			contactId: locator(outsider().id),
			additionalFields: { stageId: 'Sourced' },
		});
		expect(result.error?.message).toContain('"Stage" must be a Leonar id');
		expect(t.calls()).toHaveLength(0);
	});

	it('create: a scope error names pipeline:write', async () => {
		const result = await t.run(
			{
				resource: 'pipelineEntry',
				operation: 'create',
				projectId: locator(project().id),
				contactId: locator(outsider().id),
			},
			{ key: 'pipeline:read' },
		);
		expect(result.error?.message).toContain('pipeline:write');
	});

	it('getAll: filters on a stage and sorts', async () => {
		const p = project();
		const stage = stages()[1];
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'getAll',
			projectId: locator(p.id),
			returnAll: true,
			filters: { stageId: stage.id },
			options: { sort: '-rating' },
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/projects/${p.id}/entries`)[0].query).toEqual({
			stage_id: stage.id,
			sort: '-rating',
			limit: '100',
			offset: '0',
		});
		const expected = entriesOf(p.id).filter((e) => e.stage_id === stage.id);
		expect(result.items).toHaveLength(expected.length);
		expect(
			jsonOf(result).every(
				(e) => (e.stage as { id: string }).id === stage.id && e.contact === undefined,
			),
		).toBe(true);
	});

	it('getAll: Limit pages through offsets (100 + 20 of 150 entries)', async () => {
		const p = project();
		const contacts = t.sim.seedContacts(150);
		for (const c of contacts) {
			const id = `e${c.id.slice(1)}`;
			t.sim.state.entries.set(id, {
				id,
				project_id: p.id,
				contact_id: c.id,
				stage_id: stages()[0].id,
				rating: null,
				notes: null,
				rejection_reason_id: null,
				stage_changed_at: c.created_at,
				created_at: c.created_at,
				updated_at: c.created_at,
			});
		}
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'getAll',
			projectId: locator(p.id),
			limit: 120,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(120);
		expect(t.calls('GET', `/projects/${p.id}/entries`).map((c) => c.query)).toEqual([
			{ limit: '100', offset: '0' },
			{ limit: '20', offset: '100' },
		]);
	});

	it('get, moveStage, update and delete an entry', async () => {
		const p = project();
		const entry = entriesOf(p.id)[0];
		const target = stages().find((s) => s.id !== entry.stage_id)!;
		const base = {
			resource: 'pipelineEntry',
			projectId: locator(p.id),
			entryId: locator(entry.id),
		};

		const got = await t.run({ ...base, operation: 'get' });
		expect(got.error).toBeUndefined();
		expect(jsonOf(got)[0].id).toBe(entry.id);
		expect(t.calls('GET', `/projects/${p.id}/entries/${entry.id}`)).toHaveLength(1);

		const moved = await t.run({ ...base, operation: 'moveStage', stageId: target.id });
		expect(moved.error).toBeUndefined();
		expect(t.calls('PUT', `/projects/${p.id}/entries/${entry.id}/stage`)[0].body).toEqual({
			stage_id: target.id,
		});
		expect((jsonOf(moved)[0].stage as { id: string }).id).toBe(target.id);

		const updated = await t.run({
			...base,
			operation: 'update',
			updateFields: { rating: 4, notes: 'Great call' },
		});
		expect(updated.error).toBeUndefined();
		expect(t.calls('PUT', `/projects/${p.id}/entries/${entry.id}`)[0].body).toEqual({
			rating: 4,
			notes: 'Great call',
		});
		expect(jsonOf(updated)[0]).toMatchObject({ rating: 4, notes: 'Great call' });

		const deleted = await t.run({ ...base, operation: 'delete' });
		expect(deleted.error).toBeUndefined();
		expect(t.calls('DELETE', `/projects/${p.id}/entries/${entry.id}`)).toHaveLength(1);
		expect(jsonOf(deleted)).toEqual([{ id: entry.id, project_id: p.id, deleted: true }]);
		expect(t.sim.state.entries.has(entry.id)).toBe(false);
	});

	it('update: a rating above 5 fails before any request', async () => {
		const p = project();
		const result = await t.run({
			resource: 'pipelineEntry',
			operation: 'update',
			projectId: locator(p.id),
			entryId: locator(entriesOf(p.id)[0].id),
			updateFields: { rating: 7 },
		});
		expect(result.error?.message).toContain('"Rating" must be a whole number from 0 to 5');
		expect(t.calls()).toHaveLength(0);
	});

	it('get: 404 names the pipeline entry, with Continue On Fail per item', async () => {
		const p = project();
		const missing = '00000000-0000-4000-8000-000000000001';
		const result = await t.run(
			{
				resource: 'pipelineEntry',
				operation: 'get',
				projectId: locator(p.id),
				entryId: locator('={{ $json.entry }}'),
			},
			{ input: [{ entry: missing }, { entry: entriesOf(p.id)[0].id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.error).toBe(`Pipeline entry ${missing} was not found in Leonar`);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json.id).toBe(entriesOf(p.id)[0].id);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});
});
