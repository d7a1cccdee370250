/**
 * Task Due and days that have already begun: a task created, or moved, to a past or current
 * day after the trigger's position passed that day fires at the next poll, once per due date.
 */
import type { IDataObject } from 'n8n-workflow';

import { MAX_KNOWN_TASKS } from '../../nodes/LeonarTrigger/events/taskDue';
import { Tally, useTrigger } from './support';

const t = useTrigger();

const DAY = 24 * 3600 * 1000;
const day = (offset: number) =>
	new Date(Date.parse('2030-03-04T00:00:00Z') + offset * DAY).toISOString().slice(0, 10);
const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));
const byDue = () => new Tally((item) => `${String(item.id)}@${String(item.due_date)}`);

async function started() {
	const poller = t.poller({ event: 'taskDue' });
	expect(await poller.pollOk()).toEqual([]);
	t.sim.clearLog();
	return poller;
}

/** Polls, and checks the poll stayed within its request budget (2 feeds, one page each here). */
async function poll(poller: Awaited<ReturnType<typeof started>>) {
	const before = t.calls('GET', '/tasks').length;
	const items = await poller.pollOk();
	expect(t.calls('GET', '/tasks').length - before).toBeLessThanOrEqual(2);
	return items;
}

test('a task created after activation with a day that has begun fires at the next poll, once', async () => {
	const poller = await started();
	const tally = byDue();
	t.tick(60_000);
	const yesterday = await t.api('POST', '/tasks', { title: 'due yesterday', due_date: day(-1) });
	const lastWeek = await t.api('POST', '/tasks', { title: 'due last week', due_date: day(-7) });
	const today = await t.api('POST', '/tasks', { title: 'due today', due_date: day(0) });
	expect(ids(tally.add(await poll(poller))).sort()).toEqual(
		ids([yesterday, lastWeek, today]).sort(),
	);
	expect(await poll(poller)).toEqual([]);
	// Edited while still open and overdue: not a new due date.
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(yesterday.id)}`, { title: 'still overdue' });
	expect(await poll(poller)).toEqual([]);
	// A restart keeps what fired.
	const restarted = poller.restart();
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(lastWeek.id)}`, { priority: 'high' });
	expect(await restarted.pollOk()).toEqual([]);
	expect(tally.duplicates()).toEqual([]);
});

test('tasks already overdue at activation do not fire when edited; a done one reopened does', async () => {
	const overdue = [...t.sim.state.tasks.values()].filter((task) => task.status === 'todo');
	const done = [...t.sim.state.tasks.values()].find((task) => task.status === 'done')!;
	expect(overdue.length).toBeGreaterThan(1);
	const poller = await started();
	t.tick(60_000);
	for (const task of overdue)
		await t.api('PUT', `/tasks/${String(task.id)}`, { description: 'edited' });
	expect(await poll(poller)).toEqual([]);
	await t.api('PUT', `/tasks/${String(done.id)}`, { status: 'todo' });
	expect(ids(await poll(poller))).toEqual([done.id]);
	expect(await poll(poller)).toEqual([]);
});

test('a future task moved to a day the trigger has passed fires at the next poll; moved later, it fires again that day', async () => {
	const poller = await started();
	const first = await t.api('POST', '/tasks', { title: 'due in 1 day', due_date: day(1) });
	const second = await t.api('POST', '/tasks', { title: 'due in 2 days', due_date: day(2) });
	const future = await t.api('POST', '/tasks', { title: 'due in 5 days', due_date: day(5) });
	const tally = byDue();
	expect(await poll(poller)).toEqual([]);
	t.sim.clock.set(`${day(2)}T08:00:00.000Z`);
	expect(ids(tally.add(await poll(poller)))).toEqual(ids([first, second]));
	expect((poller.nodeState().cursor as IDataObject).at).toBe(day(2));
	// Pulled forward to a day the position has passed.
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(future.id)}`, { due_date: day(1) });
	expect(ids(tally.add(await poll(poller)))).toEqual([future.id]);
	expect(await poll(poller)).toEqual([]);
	// Moved to a later day: fires again on that day, once.
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(future.id)}`, { due_date: day(4) });
	expect(await poll(poller)).toEqual([]);
	t.sim.clock.set(`${day(4)}T00:00:05.000Z`);
	expect(ids(tally.add(await poll(poller)))).toEqual([future.id]);
	expect(await poll(poller)).toEqual([]);
	// Moved back to a day it already fired for: not again.
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(future.id)}`, { due_date: day(1) });
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(future.id)}`, { due_date: day(4) });
	expect(await poll(poller)).toEqual([]);
	tally.expectExactly([
		`${first.id}@${day(1)}`,
		`${second.id}@${day(2)}`,
		`${future.id}@${day(1)}`,
		`${future.id}@${day(4)}`,
	]);
});

test('many tasks moved to the past between two polls: each once, over a bounded number of requests', async () => {
	t.sim.setRateLimit({ limit: 100000 });
	const poller = await started();
	const created: IDataObject[] = [];
	for (let i = 0; i < 150; i++)
		created.push(await t.api('POST', '/tasks', { title: `future ${i}`, due_date: day(10) }));
	expect(await poller.pollOk()).toEqual([]);
	t.tick(60_000);
	for (const [i, task] of created.entries())
		await t.api('PUT', `/tasks/${String(task.id)}`, { due_date: day(-1 - (i % 3)) });
	const tally = byDue();
	const before = t.calls('GET', '/tasks').length;
	tally.add(await poller.pollOk());
	expect(t.calls('GET', '/tasks').length - before).toBeLessThanOrEqual(3); // 150 changes: 2 pages + the due feed
	tally.add(await poller.pollOk());
	expect(ids(tally.items).sort()).toEqual(ids(created).sort());
	expect(tally.duplicates()).toEqual([]);
});

test(`at most ${MAX_KNOWN_TASKS} tasks remembered: the oldest are forgotten (an edit then fires them again, as documented)`, async () => {
	t.sim.setRateLimit({ limit: 100000 });
	const poller = await started();
	const tasks: IDataObject[] = [];
	for (let i = 0; i <= MAX_KNOWN_TASKS; i++) {
		const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
		const task = {
			id,
			title: `old ${i}`,
			description: null,
			type: 'todo',
			status: 'todo',
			priority: 'low',
			due_date: day(-1),
			assigned_to: null,
			contact_id: null,
			company_id: null,
			deal_id: null,
			project_id: null,
			completed_at: null,
			created_at: t.sim.clock.iso(),
			updated_at: t.sim.clock.iso(),
		};
		t.sim.state.tasks.set(id, task);
		tasks.push(task);
		if (i % 200 === 199) t.tick(1000);
	}
	t.tick(1000);
	const fired = byDue();
	while (fired.items.length < tasks.length) {
		const items = await poller.pollOk();
		expect(items.length).toBeGreaterThan(0);
		fired.add(items);
	}
	expect(fired.duplicates()).toEqual([]);
	const known = poller.nodeState().known as IDataObject;
	expect(Object.keys(known).length).toBe(MAX_KNOWN_TASKS);
	const forgotten = tasks.find((task) => !(String(task.id) in known))!;
	const remembered = tasks.find((task) => String(task.id) in known)!;
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(remembered.id)}`, { title: 'edited' });
	expect(await poller.pollOk()).toEqual([]);
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(forgotten.id)}`, { title: 'edited' });
	expect(ids(await poller.pollOk())).toEqual([forgotten.id]);
});

test('a state saved before the change feed existed starts it at the next poll, emitting nothing old', async () => {
	const poller = await started();
	const node = poller.persisted['node:Leonar Trigger'] as IDataObject;
	delete node.changes;
	delete node.known;
	const upgraded = poller.restart();
	const overdue = [...t.sim.state.tasks.values()].find((task) => task.status === 'todo')!;
	expect(await upgraded.pollOk()).toEqual([]);
	expect(upgraded.nodeState().known).toHaveProperty(String(overdue.id));
	t.tick(60_000);
	await t.api('PUT', `/tasks/${String(overdue.id)}`, { title: 'edited' });
	const created = await t.api('POST', '/tasks', { title: 'due yesterday', due_date: day(-1) });
	expect(ids(await upgraded.pollOk())).toEqual([created.id]);
});
