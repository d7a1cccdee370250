/**
 * Each event of the Leonar Trigger against the simulator: what counts as an event, that each
 * is emitted exactly once, the query each poll sends, and "Fetch Test Event".
 */
import type { IDataObject } from 'n8n-workflow';

import { LeonarTrigger } from '../../nodes/LeonarTrigger/LeonarTrigger.node';
import { EVENTS } from '../../nodes/LeonarTrigger/events';
import { locator } from '../support';
import type { Poller } from '../harness/poll';
import { Tally, contactBody, useTrigger } from './support';

const t = useTrigger();

const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));

async function started(parameters: IDataObject): Promise<Poller> {
	const poller = t.poller(parameters as never);
	expect(await poller.pollOk()).toEqual([]);
	t.sim.clearLog();
	return poller;
}

describe('node description', () => {
	test('a polling trigger, no inputs, not an AI tool, every event names its scope', () => {
		const { description } = new LeonarTrigger();
		expect(description.name).toBe('leonarTrigger');
		expect(description.polling).toBe(true);
		expect(description.inputs).toEqual([]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.icon).toEqual({
			light: 'file:../../icons/leonar.svg',
			dark: 'file:../../icons/leonar.dark.svg',
		});
		const events = description.properties.find((property) => property.name === 'event')!;
		expect(events.options!.map((option) => (option as unknown as IDataObject).value)).toEqual([
			'contactCreated',
			'contactUpdated',
			'contactReplied',
			'candidateAdded',
			'candidateMoved',
			'taskCreated',
			'taskDue',
			'dealClosed',
			'companyCreated',
		]);
		for (const event of EVENTS) {
			for (const scope of event.scopes.slice(0, 1)) expect(event.description).toContain(scope);
		}
	});
});

describe('contact updated', () => {
	test('a change is emitted (latest state, once per poll); creation alone is not', async () => {
		const poller = await started({ event: 'contactUpdated' });
		t.tick();
		const fresh = await t.api('POST', '/contacts', contactBody('new'));
		const existing = [...t.sim.state.contacts.values()].find((contact) => !contact.archived_at)!;
		t.tick();
		await t.api('PUT', `/contacts/${existing.id}`, { title: 'First change' });
		t.tick();
		await t.api('PUT', `/contacts/${existing.id}`, { title: 'Second change' });
		const first = await poller.pollOk();
		expect(first.map((item) => [item.id, item.title])).toEqual([[existing.id, 'Second change']]);
		expect(t.calls('GET', '/contacts').at(-1)!.query).toMatchObject({
			sort: 'updated_at',
			updated_at: expect.stringMatching(/^gte\./),
		});
		t.tick();
		await t.api('PUT', `/contacts/${fresh.id}`, { title: 'Now changed' });
		expect(ids(await poller.pollOk())).toEqual([fresh.id]);
		expect(await poller.pollOk()).toEqual([]);
	});
});

describe('contact replied', () => {
	test('emitted when the status becomes replied — once; again only after leaving and re-entering it', async () => {
		const [already, becomes] = [...t.sim.state.contacts.values()].filter(
			(contact) => !contact.archived_at,
		);
		await t.api('PUT', `/contacts/${already.id}`, { global_status: 'replied' });
		t.tick();
		const poller = await started({ event: 'contactReplied' });
		expect(poller.nodeState().replied).toContain(already.id);
		const tally = new Tally((item) => `${String(item.id)}@${String(item.updated_at)}`);
		t.tick();
		await t.api('PUT', `/contacts/${already.id}`, { title: 'Edited while replied' }); // not a new reply
		await t.api('PUT', `/contacts/${becomes.id}`, { global_status: 'replied' });
		expect(ids(tally.add(await poller.pollOk()))).toEqual([becomes.id]);
		t.tick();
		await t.api('PUT', `/contacts/${becomes.id}`, { title: 'Still replied' });
		expect(await poller.pollOk()).toEqual([]);
		t.tick();
		await t.api('PUT', `/contacts/${becomes.id}`, { global_status: 'qualified' });
		expect(await poller.pollOk()).toEqual([]);
		expect(poller.nodeState().replied).not.toContain(becomes.id);
		t.tick();
		await t.api('PUT', `/contacts/${becomes.id}`, { global_status: 'replied' });
		expect(ids(tally.add(await poller.pollOk()))).toEqual([becomes.id]);
		expect(tally.duplicates()).toEqual([]);
	});
});

describe('created events', () => {
	test.each([
		['companyCreated', '/companies', (n: number) => ({ name: `Trigger Co ${n}` })],
		['taskCreated', '/tasks', (n: number) => ({ title: `Trigger task ${n}` })],
	] as const)(
		'%s: each new record once, query created_at=gte. sorted ascending',
		async (event, path, body) => {
			const poller = await started({ event });
			const tally = new Tally();
			const expected: string[] = [];
			for (let round = 0; round < 3; round++) {
				for (let i = 0; i < 2; i++)
					expected.push(String((await t.api('POST', path, body(round * 10 + i))).id)); // same instant
				tally.add(await poller.pollOk());
				t.tick();
			}
			tally.expectExactly(expected);
			const queries = t.calls('GET', path).map((call) => call.query);
			expect(
				queries.every(
					(query) => query.sort === 'created_at' && /^gte\./.test(String(query.created_at)),
				),
			).toBe(true);
		},
	);
});

describe('deal won or lost', () => {
	test('won and lost closes are emitted once; disqualified and open edits are not; a re-close is a new event', async () => {
		const poller = await started({ event: 'dealClosed' });
		const deals = await Promise.all(
			[1, 2, 3].map((n) => t.api('POST', '/deals', { title: `Trigger deal ${n}` })),
		);
		t.tick();
		await t.api('POST', `/deals/${deals[0].id}/close`, { status: 'won' });
		await t.api('POST', `/deals/${deals[1].id}/close`, { status: 'lost' });
		await t.api('POST', `/deals/${deals[2].id}/close`, { status: 'disqualified' });
		const tally = new Tally((item) => `${String(item.id)}@${String(item.closed_at)}`);
		// Both closed at the same instant: their order is the API's tie order (by id).
		const closed = tally.add(await poller.pollOk()).map((deal) => [deal.id, deal.status]);
		expect(closed.sort()).toEqual(
			[
				[deals[0].id, 'won'],
				[deals[1].id, 'lost'],
			].sort(),
		);
		expect(t.calls('GET', '/deals').at(-1)!.query).toMatchObject({
			sort: 'closed_at',
			closed_at: expect.stringMatching(/^gte\./),
		});
		t.tick();
		await t.api('PUT', `/deals/${deals[0].id}`, { amount: 1000 });
		expect(await poller.pollOk()).toEqual([]);
		t.tick();
		await t.api('POST', `/deals/${deals[0].id}/reopen`);
		t.tick();
		await t.api('POST', `/deals/${deals[0].id}/close`, { status: 'lost' });
		expect(tally.add(await poller.pollOk()).map((deal) => [deal.id, deal.status])).toEqual([
			[deals[0].id, 'lost'],
		]);
		expect(tally.duplicates()).toEqual([]);
	});
});

describe('task due', () => {
	const DAY = 24 * 3600 * 1000;
	const day = (offset: number) =>
		new Date(Date.parse('2030-03-04T00:00:00Z') + offset * DAY).toISOString().slice(0, 10);

	test('fires once when the UTC day of the due date begins (Leonar clock); done tasks and old ones do not', async () => {
		const dueToday = await t.api('POST', '/tasks', {
			title: 'due today, before activation',
			due_date: day(0),
		});
		const poller = await started({ event: 'taskDue' });
		expect((poller.nodeState().cursor as IDataObject).ids).toContain(dueToday.id);
		const lateToday = await t.api('POST', '/tasks', {
			title: 'due today, created after activation',
			due_date: day(0),
		});
		const tomorrow = await t.api('POST', '/tasks', { title: 'due tomorrow', due_date: day(1) });
		const doneTomorrow = await t.api('POST', '/tasks', { title: 'done already', due_date: day(1) });
		await t.api('PUT', `/tasks/${doneTomorrow.id}`, { status: 'done' });
		const later = await t.api('POST', '/tasks', { title: 'due in 3 days', due_date: day(3) });
		const tally = new Tally((item) => `${String(item.id)}@${String(item.due_date)}`);

		expect(ids(tally.add(await poller.pollOk()))).toEqual([lateToday.id]);
		expect(t.calls('GET', '/tasks').at(-1)!.query).toEqual({
			status: 'todo',
			sort: 'due_date',
			limit: '100',
			offset: '0',
			due_date: `gte.${day(0)}`,
		});
		t.sim.clock.set('2030-03-04T23:59:59.000Z');
		expect(await poller.pollOk()).toEqual([]);
		t.sim.clock.set('2030-03-05T00:00:01.000Z');
		expect(ids(tally.add(await poller.pollOk()))).toEqual([tomorrow.id]);
		expect(await poller.pollOk()).toEqual([]);
		// Rescheduled after it fired: a new due date is a new event.
		await t.api('PUT', `/tasks/${tomorrow.id}`, { due_date: day(2) });
		t.sim.clock.set('2030-03-07T08:00:00.000Z'); // n8n was down for two days
		expect(ids(tally.add(await poller.pollOk()))).toEqual([tomorrow.id, later.id]);
		expect(await poller.pollOk()).toEqual([]);
		expect(tally.duplicates()).toEqual([]);
	});
});

describe('candidate added to a project', () => {
	const projectOf = () =>
		[...t.sim.state.projects.values()].find((project) => project.status === 'active')!;
	const freeContacts = (projectId: string, n: number) => {
		const inProject = new Set(
			[...t.sim.state.entries.values()]
				.filter((e) => e.project_id === projectId)
				.map((e) => e.contact_id),
		);
		return [...t.sim.state.contacts.values()]
			.filter((c) => !c.archived_at && !inProject.has(c.id))
			.slice(0, n);
	};

	test('one project: each added candidate once; query created_at=gte. on that project only', async () => {
		const project = projectOf();
		const poller = await started({ event: 'candidateAdded', projectId: locator(project.id) });
		const tally = new Tally();
		const expected: string[] = [];
		for (const contact of freeContacts(project.id, 4)) {
			expected.push(
				String(
					(await t.api('POST', `/projects/${project.id}/entries`, { contact_id: contact.id })).id,
				),
			);
			if (expected.length === 2) tally.add(await poller.pollOk());
		}
		tally.add(await poller.pollOk());
		tally.expectExactly(expected);
		expect(tally.items[0].contact).toBeDefined();
		expect(t.calls('GET', /^\/projects/).map((call) => call.path)).toEqual(
			Array(2).fill(`/projects/${project.id}/entries`),
		);
		expect(t.calls('GET').at(-1)!.query).toMatchObject({
			sort: 'created_at',
			created_at: expect.stringMatching(/^gte\./),
		});
	});

	test('every active project: also projects created after activation; archived ones are not read', async () => {
		const project = projectOf();
		const poller = await started({ event: 'candidateAdded' });
		expect(Object.keys(poller.nodeState().projects as IDataObject).sort()).toEqual(
			[...t.sim.state.projects.values()]
				.filter((p) => p.status === 'active')
				.map((p) => p.id)
				.sort(),
		);
		t.tick();
		const newProject = await t.api('POST', '/projects', { name: 'Trigger project' });
		const [a, b] = freeContacts(project.id, 2);
		const expected = [
			String((await t.api('POST', `/projects/${project.id}/entries`, { contact_id: a.id })).id),
			String(
				(await t.api('POST', `/projects/${String(newProject.id)}/entries`, { contact_id: b.id }))
					.id,
			),
		];
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		tally.expectExactly(expected);
		const archived = [...t.sim.state.projects.values()].find((p) => p.status === 'archived')!;
		expect(t.calls('GET').some((call) => call.path.includes(archived.id))).toBe(false);
		expect(t.calls('GET', '/projects')[0].query).toMatchObject({ status: 'active' });
		// A restart keeps watching all of them.
		const restarted = poller.restart();
		const [c] = freeContacts(String(newProject.id), 1);
		const third = await t.api('POST', `/projects/${String(newProject.id)}/entries`, {
			contact_id: c.id,
		});
		expect(ids(await restarted.pollOk())).toEqual([third.id]);
	});
});

describe('candidate moved to a stage', () => {
	const setup = () => {
		const project = [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
		const stages = project.pipeline.stages.map((stage: IDataObject) =>
			String(stage.id),
		) as string[];
		const entries = [...t.sim.state.entries.values()].filter(
			(entry) => entry.project_id === project.id,
		);
		return { project, stages, entries };
	};
	const move = async (projectId: string, entryId: string, stageId: string) => {
		t.tick();
		return await t.api('PUT', `/projects/${projectId}/entries/${entryId}/stage`, {
			stage_id: stageId,
		});
	};

	test('any stage: each move once with the previous stage; rating edits and new entries are not moves', async () => {
		const { project, stages, entries } = setup();
		const poller = await started({ event: 'candidateMoved', projectId: locator(project.id) });
		const [first, second] = entries;
		const original = String(first.stage_id);
		const target = stages.find((stage) => stage !== original)!;
		await move(project.id, first.id, target);
		t.tick();
		await t.api('PUT', `/projects/${project.id}/entries/${second.id}`, { rating: 4 });
		const tally = new Tally(
			(item) => `${String(item.id)}→${String((item.stage as IDataObject).id)}`,
		);
		const moves = tally.add(await poller.pollOk());
		expect(
			moves.map((entry) => [entry.id, (entry.stage as IDataObject).id, entry.previous_stage_id]),
		).toEqual([[first.id, target, original]]);
		expect(t.calls('GET').at(-1)!.query).toMatchObject({
			sort: 'updated_at',
			updated_at: expect.stringMatching(/^gte\./),
		});
		// Moving back is a move too; a candidate added now is not a move.
		await move(project.id, first.id, original);
		const freeContact = [...t.sim.state.contacts.values()].find(
			(c) => !c.archived_at && !entries.some((e) => e.contact_id === c.id),
		)!;
		await t.api('POST', `/projects/${project.id}/entries`, { contact_id: freeContact.id });
		expect(ids(tally.add(await poller.pollOk()))).toEqual([first.id]);
		expect(await poller.pollOk()).toEqual([]);
		expect(tally.duplicates()).toEqual([]);
	});

	test('only into a chosen stage: moves elsewhere are ignored; the state holds only entries in that stage', async () => {
		const { project, stages, entries } = setup();
		const target = stages[3];
		const poller = await started({
			event: 'candidateMoved',
			projectId: locator(project.id),
			stageId: target,
		});
		const inTarget = entries.filter((entry) => entry.stage_id === target).map((entry) => entry.id);
		const stageState = (poller.nodeState().projects as Record<string, IDataObject>)[project.id]
			.stages as IDataObject;
		expect(Object.keys(stageState).sort()).toEqual(inTarget.sort());
		const outside = entries.filter((entry) => entry.stage_id !== target);
		const other = stages.find((stage) => stage !== target && stage !== outside[0].stage_id)!;
		await move(project.id, outside[0].id, other); // not into the chosen stage
		await move(project.id, outside[1].id, target);
		const tally = new Tally();
		expect(ids(tally.add(await poller.pollOk()))).toEqual([outside[1].id]);
		await move(project.id, outside[1].id, other); // leaves it
		expect(await poller.pollOk()).toEqual([]);
		await move(project.id, outside[1].id, target); // comes back: a new move into it
		expect(ids(tally.add(await poller.pollOk()))).toEqual([outside[1].id]);
	});

	test('a stage without a project is refused with a clear message', async () => {
		const { stages } = setup();
		const poller = t.poller({ event: 'candidateMoved', stageId: stages[1] });
		const { error } = await poller.poll();
		expect(error?.message).toBe('A stage was chosen without a project');
	});
});

describe('Fetch Test Event (manual mode)', () => {
	test.each([
		['contactCreated', {}],
		['contactUpdated', {}],
		['companyCreated', {}],
		['taskCreated', {}],
		['dealClosed', {}],
		['taskDue', {}],
	])('%s returns the latest matching record and leaves the state alone', async (event, extra) => {
		const poller = t.poller({ event, ...extra });
		await poller.pollOk();
		const state = JSON.stringify(poller.persisted);
		const { items, error } = await poller.fetchTestEvent();
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toEqual(expect.any(String));
		expect(JSON.stringify(poller.persisted)).toBe(state);
		expect(poller.nodeState()).toEqual(JSON.parse(state)['node:Leonar Trigger']);
	});

	test('contact replied, candidate moved: the latest such record', async () => {
		const contact = [...t.sim.state.contacts.values()].find((c) => !c.archived_at)!;
		await t.api('PUT', `/contacts/${contact.id}`, { global_status: 'replied' });
		const replied = await t.poller({ event: 'contactReplied' }).fetchTestEvent();
		expect(replied.items.map((item) => item.json.global_status)).toEqual(['replied']);
		const project = [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
		const moved = await t
			.poller({ event: 'candidateMoved', projectId: locator(project.id) })
			.fetchTestEvent();
		expect(moved.items[0].json).toMatchObject({ project_id: project.id, previous_stage_id: null });
		// Fresh workflow, manual run: no state was written.
		expect(t.calls('GET', '/contacts')[0].query).toMatchObject({
			global_status: 'replied',
			sort: '-updated_at',
		});
	});
});
