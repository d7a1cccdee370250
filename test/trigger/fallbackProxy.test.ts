/**
 * The default simulator behind a proxy that changes what the API honours:
 * - task feeds when Leonar ignores the time filters. GET /tasks is not in Leonar's public
 *   reference (evidence IMPLIED), so the `documented` profile hides it altogether; here the
 *   proxy drops every operator filter (`created_at=gte.…`, `due_date=lte.…`, `updated_at=gte.…`)
 *   the way the documented profile does, and keeps `sort`;
 * - a filter honoured but the sort ignored: the trigger fails clearly.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Poller } from '../harness/poll';
import { T0, Tally, contactBody, useListProxy, useTrigger } from './support';

const t = useTrigger();
const proxy = useListProxy(() => t.sim);

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const day = (offset: number) =>
	new Date(Date.parse('2030-03-04T00:00:00Z') + offset * DAY).toISOString().slice(0, 10);
const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));
const sorted = (records: Array<{ id?: unknown }>) => ids(records).sort();

beforeEach(() => {
	proxy.dropFilters = true;
});

/** A poll that must succeed; returns its items and the requests it sent for tasks. */
async function poll(poller: Poller) {
	proxy.received.length = 0;
	const items = await poller.pollOk();
	return { items, requests: proxy.received.filter((call) => call.path === '/tasks').length };
}

async function activated(parameters: IDataObject): Promise<Poller> {
	const poller = t.poller(parameters as never, 'full_access', proxy.url);
	expect((await poll(poller)).items).toEqual([]);
	return poller;
}

async function oldTasks(count: number): Promise<void> {
	t.sim.clock.set(Date.parse(T0) - 2 * DAY);
	for (let i = 0; i < count; i++) {
		if (i % 10 === 0) t.tick(60_000);
		await t.api('POST', '/tasks', { title: `old ${i}`, due_date: day(-30 + (i % 20)) });
	}
	t.sim.clock.set(T0);
}

test('the proxy drops the filter: old tasks come back', async () => {
	await oldTasks(3);
	const response = await fetch(`${proxy.url}/tasks?created_at=gte.${T0}&limit=5`, {
		headers: { Authorization: `Bearer ${t.sim.keys.full_access}` },
	});
	expect(((await response.json()) as { data: unknown[] }).data.length).toBe(5);
	expect(t.calls('GET', '/tasks')[0].query).toEqual({ limit: '5' });
});

test('task created: every new task once (same-instant ones too), nothing old, one request a poll', async () => {
	await oldTasks(150);
	const poller = await activated({ event: 'taskCreated' });
	const tally = new Tally();
	const expected: string[] = [];
	const requests: number[] = [];
	for (let round = 0; round < 4; round++) {
		t.tick(1000);
		const batch = [
			await t.api('POST', '/tasks', { title: `new ${round} a` }),
			await t.api('POST', '/tasks', { title: `new ${round} b` }), // same instant
		];
		expected.push(...ids(batch));
		const first = await poll(poller);
		expect(sorted(tally.add(first.items))).toEqual(sorted(batch));
		requests.push(first.requests);
		const same = await t.api('POST', '/tasks', { title: `new ${round} c` }); // that instant still
		expected.push(String(same.id));
		const second = await poll(poller);
		expect(ids(tally.add(second.items))).toEqual([same.id]);
		requests.push(second.requests);
	}
	expect((await poll(poller)).items).toEqual([]);
	tally.expectExactly(expected);
	expect(requests).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
	expect(proxy.received.at(-1)!.query).toEqual({ sort: '-created_at', limit: '100', offset: '0' });
});

test('task due: a task due later fires on its day, once; old and overdue tasks do not', async () => {
	await oldTasks(150);
	t.sim.clock.set(Date.parse(T0) - DAY);
	const tomorrow = await t.api('POST', '/tasks', { title: 'due tomorrow', due_date: day(1) });
	const later = await t.api('POST', '/tasks', { title: 'due in 3 days', due_date: day(3) });
	t.sim.clock.set(T0);
	const poller = await activated({ event: 'taskDue' });
	const tally = new Tally((item) => `${String(item.id)}@${String(item.due_date)}`);
	const requests: number[] = [];
	const checks: number[] = [];
	const step = async (at: string) => {
		t.sim.clock.set(at);
		const result = await poll(poller);
		const check = proxy.received.filter(
			(call) => call.path === '/tasks' && call.query.limit === '1',
		);
		checks.push(check.length);
		requests.push(result.requests - check.length);
		return ids(tally.add(result.items));
	};
	expect(await step(`${day(0)}T12:00:00.000Z`)).toEqual([]);
	expect(await step(`${day(1)}T08:00:00.000Z`)).toEqual([tomorrow.id]);
	expect(await step(`${day(1)}T09:00:00.000Z`)).toEqual([]);
	t.tick(1000);
	const today = await t.api('POST', '/tasks', { title: 'due today', due_date: day(1) });
	expect(await step(`${day(1)}T10:00:00.000Z`)).toEqual([today.id]);
	expect(await step(`${day(3)}T00:30:00.000Z`)).toEqual([later.id]);
	expect(await step(`${day(3)}T01:00:00.000Z`)).toEqual([]);
	expect(tally.duplicates()).toEqual([]);
	// Two feeds (due dates, changes): the due feed found the filter ignored at activation, the
	// change feed at the first poll; then one request each a poll, and once a day one more each
	// to see whether Leonar honours the filter now (24 h after activation, after the first poll).
	expect(requests).toEqual([3, 2, 2, 2, 2, 2]);
	expect(checks).toEqual([0, 0, 1, 0, 2, 0]);
});

test('the filter honoured but the sort ignored: the poll fails clearly, emits nothing, changes nothing', async () => {
	proxy.dropFilters = false;
	const poller = t.poller({ event: 'contactCreated' }, 'full_access', proxy.url);
	expect((await poll(poller)).items).toEqual([]);
	const state = poller.nodeState();
	for (let i = 0; i < 10; i++) {
		t.tick(1000);
		await t.api('POST', '/contacts', contactBody(`unsorted${i}`));
	}
	proxy.shuffle = true;
	proxy.received.length = 0;
	const { items, error } = await poller.poll();
	expect(items).toBeNull();
	expect(error?.message).toContain('does not sort GET /contacts by created_at');
	expect(error?.description).toContain('sort=created_at');
	expect(error?.description).toContain('Contact > Get Many');
	expect(poller.nodeState()).toEqual(state);
	expect(proxy.received.map((call) => call.query.created_at)).toEqual([
		expect.stringMatching(/^gte\./),
	]);
});
