/**
 * When Leonar ignores the time filters (`created_at=gte.…`, `updated_at=gte.…`): they are not in
 * its public documentation. The simulator's `documented` profile ignores every operator filter
 * (the list comes back unfiltered) but honours `sort`. The trigger must notice, read newest
 * first instead, and still emit every change exactly once, nothing old, in few requests; when
 * the sort is ignored too, it must fail clearly.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Poller } from '../harness/poll';
import { T0, Tally, contactBody, useListProxy, useTrigger } from './support';

const t = useTrigger({ profile: 'documented' });
const proxy = useListProxy(() => t.sim);

const HOUR = 3600 * 1000;
/** The state holds a few hundred ids at most (window, scan top, last instant passed), whatever the backlog. */
const MAX_STATE_CHARS = 30_000;
const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));
const sorted = (records: Array<{ id?: unknown }>) => ids(records).sort();
const activeContacts = () => [...t.sim.state.contacts.values()].filter((c) => !c.archived_at);

/** Runs `create` `count` times long before the trigger starts: 10 records a minute. */
async function before(count: number, create: (i: number) => unknown): Promise<void> {
	t.sim.clock.set(Date.parse(T0) - 48 * HOUR);
	for (let i = 0; i < count; i++) {
		if (i % 10 === 0) t.tick(60_000);
		await create(i);
	}
	t.sim.clock.set(T0);
}

const oldContacts = (count: number) => before(count, () => t.sim.seedContacts(1));

/** A poll that must succeed; returns its items and the requests it sent to `path`. */
async function poll(poller: Poller, path: string) {
	t.sim.clearLog();
	const items = await poller.pollOk();
	return { items, requests: t.calls('GET', path).length };
}

async function activated(parameters: IDataObject, path: string): Promise<Poller> {
	const poller = t.poller(parameters as never);
	expect((await poll(poller, path)).items).toEqual([]);
	return poller;
}

test('the profile ignores the time filter: old records come back', async () => {
	await oldContacts(150);
	const response = await t.api('GET', `/contacts?created_at=gte.${T0}&sort=created_at&limit=5`);
	expect((response as unknown as IDataObject[]).length).toBe(5);
	expect(t.calls('GET', '/contacts')[0].query).toMatchObject({ created_at: `gte.${T0}` });
});

describe('contact created', () => {
	test('every new contact once (same-instant ones too), nothing old, one request a poll', async () => {
		await oldContacts(300);
		const poller = await activated({ event: 'contactCreated' }, '/contacts');
		const tally = new Tally();
		const expected: string[] = [];
		const requests: number[] = [];
		for (let round = 0; round < 4; round++) {
			const batch: IDataObject[] = [];
			t.tick(1000);
			batch.push(await t.api('POST', '/contacts', contactBody(`a${round}`)));
			t.tick(10);
			batch.push(...t.sim.seedContacts(3)); // one instant
			const { items, requests: sent } = await poll(poller, '/contacts');
			expect(sorted(tally.add(items))).toEqual(sorted(batch));
			requests.push(sent);
			expected.push(...ids(batch));
			// More at the same instant as the newest, after the poll.
			const same = t.sim.seedContacts(2);
			expected.push(...ids(same));
			const next = await poll(poller, '/contacts');
			expect(sorted(tally.add(next.items))).toEqual(sorted(same));
			requests.push(next.requests);
		}
		expect((await poll(poller, '/contacts')).items).toEqual([]);
		tally.expectExactly(expected);
		// The poll that found the filter ignored asked once more; every other poll once.
		expect(requests).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
		// The fallback's wire: newest first, no undocumented filter.
		expect(t.calls('GET', '/contacts').at(-1)!.query).toEqual({
			sort: '-created_at',
			limit: '100',
			offset: '0',
		});
		// Remembered: a restart goes straight to the fallback.
		const restarted = poller.restart();
		t.tick(1000);
		const late = await t.api('POST', '/contacts', contactBody('afterRestart'));
		const after = await poll(restarted, '/contacts');
		expect(ids(after.items)).toEqual([late.id]);
		expect(after.requests).toBe(1);
	});

	test('more than 50 pages of old contacts: new ones are still found, in one request', async () => {
		await oldContacts(5100);
		const poller = await activated({ event: 'contactCreated' }, '/contacts');
		t.tick(1000);
		const created = [
			await t.api('POST', '/contacts', contactBody('one')),
			await t.api('POST', '/contacts', contactBody('two')),
		];
		const first = await poll(poller, '/contacts');
		expect(sorted(first.items)).toEqual(sorted(created));
		expect(first.requests).toBe(2);
		t.tick(1000);
		const third = await t.api('POST', '/contacts', contactBody('three'));
		const second = await poll(poller, '/contacts');
		expect(ids(second.items)).toEqual([third.id]);
		expect(second.requests).toBe(1);
	});

	test('more new contacts than 50 pages: read over several polls, each once, the state stays small', async () => {
		const poller = await activated({ event: 'contactCreated' }, '/contacts');
		const tally = new Tally();
		const expected: string[] = [];
		for (let chunk = 0; chunk < 56; chunk++) {
			t.tick(1);
			expected.push(...ids(t.sim.seedContacts(100)));
		}
		const first = await poll(poller, '/contacts');
		tally.add(first.items);
		expect(first.requests).toBe(50);
		expect(first.items.length).toBeGreaterThan(4000);
		expect(first.items.length).toBeLessThan(5600);
		expect(JSON.stringify(poller.nodeState()).length).toBeLessThan(MAX_STATE_CHARS);
		// Created while the backlog is read.
		t.tick(1000);
		const during = await t.api('POST', '/contacts', contactBody('during'));
		expected.push(String(during.id));
		let polls = 0;
		let sent = 0;
		for (let last = first; last.items.length > 0 || polls === 0; polls++) {
			last = await poll(poller, '/contacts');
			tally.add(last.items);
			sent = Math.max(sent, last.requests);
			expect(polls).toBeLessThan(4);
		}
		expect(sent).toBeLessThanOrEqual(50);
		tally.expectExactly(expected);
		expect(JSON.stringify(poller.nodeState()).length).toBeLessThan(MAX_STATE_CHARS);
	});
});

describe('contact updated', () => {
	test('every change once (latest state), creation alone not, nothing old, one request a poll', async () => {
		await oldContacts(300);
		const poller = await activated({ event: 'contactUpdated' }, '/contacts');
		const tally = new Tally((item) => `${String(item.id)}@${String(item.updated_at)}`);
		const expected: string[] = [];
		const requests: number[] = [];
		const pool = activeContacts();
		for (let round = 0; round < 4; round++) {
			t.tick(1000);
			await t.api('POST', '/contacts', contactBody(`new${round}`)); // not an update
			const [one, two, three] = pool.slice(round * 3, round * 3 + 3);
			t.tick(10);
			await t.api('PUT', `/contacts/${String(one.id)}`, { title: 'first edit' });
			await t.api('PUT', `/contacts/${String(two.id)}`, { title: 'same instant' });
			t.tick(10);
			await t.api('PUT', `/contacts/${String(one.id)}`, { title: 'second edit' });
			const { items, requests: sent } = await poll(poller, '/contacts');
			tally.add(items);
			expect(items.map((item) => [item.id, item.title]).sort()).toEqual(
				[
					[one.id, 'second edit'],
					[two.id, 'same instant'],
				].sort(),
			);
			requests.push(sent);
			expected.push(...items.map((item) => `${String(item.id)}@${String(item.updated_at)}`));
			// An edit at the instant of the newest change, after the poll.
			await t.api('PUT', `/contacts/${String(three.id)}`, { title: 'after the poll' });
			const next = await poll(poller, '/contacts');
			expect(ids(tally.add(next.items))).toEqual([three.id]);
			expected.push(`${String(three.id)}@${String(next.items[0].updated_at)}`);
			requests.push(next.requests);
		}
		expect((await poll(poller, '/contacts')).items).toEqual([]);
		tally.expectExactly(expected);
		expect(requests).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
		expect(t.calls('GET', '/contacts').at(-1)!.query).toEqual({
			sort: '-updated_at',
			limit: '100',
			offset: '0',
		});
	});
});

describe('company created', () => {
	test('every new company once, nothing old, one request a poll', async () => {
		await before(150, (i) => t.api('POST', '/companies', { name: `Old ${i}` }));
		const poller = await activated({ event: 'companyCreated' }, '/companies');
		const tally = new Tally();
		const expected: string[] = [];
		const requests: number[] = [];
		for (let round = 0; round < 3; round++) {
			t.tick(1000);
			const batch = [
				await t.api('POST', '/companies', { name: `New ${round} a` }),
				await t.api('POST', '/companies', { name: `New ${round} b` }), // same instant
			];
			expected.push(...ids(batch));
			const { items, requests: sent } = await poll(poller, '/companies');
			expect(sorted(tally.add(items))).toEqual(sorted(batch));
			requests.push(sent);
		}
		tally.expectExactly(expected);
		expect(requests).toEqual([2, 1, 1]);
	});
});

describe('candidate added to a project', () => {
	test('every new candidate once, nothing old, one request a poll', async () => {
		const project = [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
		const path = `/projects/${String(project.id)}/entries`;
		const pool = activeContacts();
		await oldContacts(200);
		const old = activeContacts().filter((c) => !pool.includes(c));
		await before(150, (i) => t.api('POST', path, { contact_id: String(old[i].id) }));
		const poller = await activated(
			{ event: 'candidateAdded', projectId: { __rl: true, mode: 'id', value: project.id } },
			path,
		);
		const tally = new Tally();
		const expected: string[] = [];
		const requests: number[] = [];
		for (let round = 0; round < 3; round++) {
			t.tick(1000);
			const batch = [
				await t.api('POST', path, { contact_id: String(old[150 + round * 2].id) }),
				await t.api('POST', path, { contact_id: String(old[151 + round * 2].id) }),
			];
			expected.push(...ids(batch));
			const { items, requests: sent } = await poll(poller, path);
			expect(sorted(tally.add(items))).toEqual(sorted(batch));
			requests.push(sent);
		}
		tally.expectExactly(expected);
		expect(requests).toEqual([2, 1, 1]);
	});
});

describe('while a newest-first poll pages', () => {
	/** Activated and past the detection; then `count` new contacts, one a second. */
	async function backlog(event: string, count: number) {
		const poller = await activated({ event }, '/contacts');
		t.tick(1000);
		await t.api('POST', '/contacts', contactBody('first'));
		const detected = await poll(poller, '/contacts');
		expect(detected.requests).toBe(2);
		const created: IDataObject[] = [...detected.items];
		for (let i = 0; i < count; i++) {
			t.tick(1000);
			created.push(...t.sim.seedContacts(1));
		}
		return { poller, created };
	}

	test('contacts created meanwhile are neither lost nor repeated', async () => {
		const { poller, created } = await backlog('contactCreated', 250);
		t.sim.faults.add({ method: 'GET', path: '/contacts', skip: 1, action: { insertContacts: 3 } });
		const tally = new Tally();
		tally.add(created.slice(0, 1));
		const first = await poll(poller, '/contacts');
		tally.add(first.items);
		expect(first.requests).toBe(3);
		tally.add((await poll(poller, '/contacts')).items);
		const inserted = activeContacts().filter((c) => !created.some((x) => x.id === c.id));
		tally.expectExactly([...ids(created), ...ids(inserted.slice(-3))]);
	});

	test('contacts removed above the page meanwhile (records shift up) make it ask again, none skipped', async () => {
		const { poller, created } = await backlog('contactCreated', 250);
		// Before page 2: the 20 newest contacts (already taken on page 1) are deleted.
		t.sim.faults.add({ method: 'GET', path: '/contacts', skip: 1, action: { deleteContacts: 20 } });
		const tally = new Tally();
		tally.add(created.slice(0, 1));
		const first = await poll(poller, '/contacts');
		tally.add(first.items);
		// Page 2 started below the last contact taken: it was asked again from further up.
		expect(t.calls('GET', '/contacts').map((call) => call.query.offset)).toEqual([
			'0',
			'95',
			'0',
			'95',
			'190',
		]);
		expect((await poll(poller, '/contacts')).items).toEqual([]);
		tally.expectExactly(ids(created));
		expect(t.calls('GET', '/contacts').length).toBe(1);
	});

	test('a contact changed meanwhile below the page is emitted in its new state by the next poll', async () => {
		await oldContacts(300);
		const { poller } = await backlog('contactUpdated', 0);
		const pool = activeContacts();
		expect(pool.length).toBeGreaterThan(250);
		const edited: string[] = [];
		for (const contact of pool.slice(0, 250)) {
			t.tick(1000);
			await t.api('PUT', `/contacts/${String(contact.id)}`, { title: 'edited' });
			edited.push(`${String(contact.id)}@edited`);
		}
		// Before page 2: the contact edited first (the last one the poll would reach) changes again.
		const moved = pool[0];
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			action: {
				mutate: (state) => {
					const stored = state.contacts.get(String(moved.id))!;
					stored.title = 'edited again';
					stored.updated_at = new Date(t.sim.clock.now() + 1).toISOString();
				},
			},
		});
		const tally = new Tally((item) => `${String(item.id)}@${String(item.title)}`);
		tally.add((await poll(poller, '/contacts')).items);
		expect(t.calls('GET', '/contacts').filter((call) => call.fault)).toHaveLength(1);
		t.tick(1000);
		tally.add((await poll(poller, '/contacts')).items);
		expect((await poll(poller, '/contacts')).items).toEqual([]);
		tally.expectExactly([
			...edited.filter((key) => !key.startsWith(String(moved.id))),
			`${String(moved.id)}@edited again`,
		]);
	});

	test('a poll that fails on page 2 changes nothing; the next one emits everything once', async () => {
		const { poller, created } = await backlog('contactCreated', 250);
		const state = poller.nodeState();
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			times: 3,
			action: { status: 503 },
		});
		const failed = await poller.poll();
		expect(failed.error).toBeDefined();
		expect(failed.items).toBeNull();
		expect(poller.nodeState()).toEqual(state);
		const tally = new Tally();
		tally.add(created.slice(0, 1));
		tally.add((await poll(poller, '/contacts')).items);
		tally.expectExactly(ids(created));
	});

	test('a read cut by the page cap goes on after a restart of n8n', async () => {
		const poller = await activated({ event: 'contactCreated' }, '/contacts');
		const expected: string[] = [];
		for (let chunk = 0; chunk < 60; chunk++) {
			t.tick(10);
			expected.push(...ids(t.sim.seedContacts(100)));
		}
		const tally = new Tally();
		tally.add((await poll(poller, '/contacts')).items);
		expect(poller.nodeState().cursor).toHaveProperty('scan');
		const restarted = poller.restart();
		tally.add((await poll(restarted, '/contacts')).items);
		expect((await poll(restarted, '/contacts')).items).toEqual([]);
		tally.expectExactly(expected);
	});
});

describe('once a day the filter is tried again', () => {
	test('still ignored: the fallback stays; honoured again: back to the filter, still exactly once', async () => {
		const poller = await activated({ event: 'contactCreated' }, '/contacts');
		const tally = new Tally();
		const expected: string[] = [];
		const step = async (advance: number) => {
			t.tick(advance);
			const contact = await t.api('POST', '/contacts', contactBody(`c${expected.length}`));
			expected.push(String(contact.id));
			const result = await poll(poller, '/contacts');
			expect(ids(tally.add(result.items))).toEqual([contact.id]);
			return t.calls('GET', '/contacts').map((call) => call.query);
		};
		expect((await step(1000)).length).toBe(2); // detected
		expect(await step(HOUR)).toEqual([{ sort: '-created_at', limit: '100', offset: '0' }]);
		// A day later: one request more, to see whether the filter works now.
		const probe = await step(25 * HOUR);
		expect(probe).toHaveLength(2);
		expect(probe[1]).toMatchObject({ sort: 'created_at', limit: '1' });
		expect(probe[1].created_at).toMatch(/^gte\./);
		expect(await step(HOUR)).toEqual([{ sort: '-created_at', limit: '100', offset: '0' }]);
		// Leonar starts honouring it: the next check finds out, and the trigger goes back to it.
		t.sim.setProfile('default');
		expect(await step(25 * HOUR)).toHaveLength(2);
		const back = await step(HOUR);
		expect(back).toHaveLength(1);
		expect(back[0]).toMatchObject({
			sort: 'created_at',
			created_at: expect.stringMatching(/^gte\./),
		});
		tally.expectExactly(expected);
	});
});

describe('when the sort is ignored too', () => {
	const proxied = (parameters: IDataObject) =>
		t.poller(parameters as never, 'full_access', proxy.url);

	test('the first poll that needs it fails clearly, emits nothing and changes nothing', async () => {
		await oldContacts(120);
		const poller = proxied({ event: 'contactUpdated' });
		expect(await poller.pollOk()).toEqual([]);
		const state = poller.nodeState();
		proxy.shuffle = true;
		t.tick(1000);
		await t.api('POST', '/contacts', contactBody('new'));
		await t.api('PUT', `/contacts/${String(activeContacts()[0].id)}`, { title: 'edited' });
		for (let attempt = 0; attempt < 2; attempt++) {
			proxy.received.length = 0;
			const { items, error } = await poller.poll();
			expect(items).toBeNull();
			expect(error?.message).toContain('ignores both the filter updated_at=gte.');
			expect(error?.message).toContain('GET /contacts');
			expect(error?.description).toContain('sort=-updated_at');
			expect(error?.description).toContain('Get Many');
			expect(error?.description).toContain('HTTP Request');
			expect(proxy.received.length).toBeLessThanOrEqual(2);
		}
		expect(poller.nodeState()).toEqual(state);
	});

	test('activation fails clearly when the newest record cannot be found', async () => {
		proxy.shuffle = true;
		const poller = proxied({ event: 'contactCreated' });
		const { items, error } = await poller.poll();
		expect(items).toBeNull();
		expect(error?.message).toContain('does not sort GET /contacts by created_at');
		expect(error?.description).toContain('sort=-created_at');
		expect(error?.description).toContain('HTTP Request');
		expect(poller.nodeState()).toEqual({});
	});
});
