/**
 * The heart of the trigger: every change is emitted exactly once — across polls, shared
 * timestamps, multi-page polls, records changing while a poll pages, failed polls, 429s and
 * n8n restarts — and the state stays small.
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { LOOK_BACK_MS, MAX_LOOK_BACK_RECORDS } from '../../nodes/LeonarTrigger/cursor';
import type { Rec } from '../simulator';
import { T0, Tally, contactBody, useTrigger } from './support';

const t = useTrigger();

/** The start of the look-back window before a watermark (each poll reads again from there). */
const lookBackFrom = (at: unknown) => new Date(Date.parse(String(at)) - LOOK_BACK_MS).toISOString();

/** The simulator clock as the API writes timestamps. */
const simNow = (sim: { clock: { now(): number } }) => new Date(sim.clock.now()).toISOString();

const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));

/** Changes a contact in the simulator's store the way an update does (new updated_at). */
function touchContact(contact: Rec, title: string, now: string) {
	contact.title = title;
	contact.updated_at = now;
}

/** The simulator's contact records in ascending created_at order (as the feed reads them). */
function contactsByCreation(): Rec[] {
	return [...t.sim.state.contacts.values()]
		.filter((contact) => !contact.archived_at)
		.sort((a, b) =>
			a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
		);
}

describe('first activation', () => {
	test('starts from now: emits nothing old, remembers the newest record, persists the state', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		expect(await poller.pollOk()).toEqual([]);
		const state = poller.nodeState();
		const newest = contactsByCreation().at(-1)!;
		expect(state).toEqual({
			version: 1,
			config: 'contactCreated|*|*',
			cursor: { at: newest.created_at, ids: [newest.id], recent: {} },
		});
		expect(poller.persisted).toEqual({ 'node:Leonar Trigger': state });
		// The wire: one request, newest first.
		expect(t.calls('GET', '/contacts').map((call) => call.query)).toEqual([
			{ sort: '-created_at', created_at: 'is.not_null', limit: '100', offset: '0' },
		]);
		// A second poll with nothing new emits nothing and does not rewrite the state.
		expect(await poller.poll()).toEqual({ items: null });
		expect((poller.workflow.staticData as IDataObject).__dataChanged).toBe(false);
	});

	test('records sharing the newest timestamp at activation are all treated as old', async () => {
		t.sim.seedContacts(3); // same frozen instant
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		expect((poller.nodeState().cursor as IDataObject).ids).toHaveLength(3);
		t.tick();
		const created = await t.api('POST', '/contacts', contactBody('late'));
		expect(ids(await poller.pollOk())).toEqual([created.id]);
	});
});

describe('across polls', () => {
	test('records created between polls are emitted once each, in creation order', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const tally = new Tally();
		const expected: string[] = [];
		for (let round = 0; round < 4; round++) {
			const batch: string[] = [];
			for (let i = 0; i < 3; i++) {
				t.tick(10);
				batch.push(String((await t.api('POST', '/contacts', contactBody(`${round}-${i}`))).id));
			}
			expected.push(...batch);
			expect(ids(tally.add(await poller.pollOk()))).toEqual(batch);
		}
		expect(await poller.pollOk()).toEqual([]);
		tally.expectExactly(expected);
		// The wire of a regular poll: only what changed, oldest first.
		const last = t.calls('GET', '/contacts').at(-1)!;
		expect(last.query).toEqual({
			sort: 'created_at',
			limit: '100',
			offset: '0',
			created_at: `gte.${lookBackFrom(t.sim.state.contacts.get(expected.at(-1)!)!.created_at)}`,
		});
	});

	test('several records sharing one millisecond, split across polls, are each emitted once', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick(5);
		const first = t.sim.seedContacts(2); // instant X
		const tally = new Tally();
		tally.add(await poller.pollOk());
		const second = t.sim.seedContacts(3); // the same instant X, after the poll
		tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		tally.expectExactly(ids([...first, ...second]));
		const cursor = poller.nodeState().cursor as { at: string; ids: string[] };
		expect(cursor.at).toBe(first[0].created_at);
		expect(cursor.ids.sort()).toEqual(ids([...first, ...second]).sort());
	});
});

describe('multi-page polls', () => {
	test('250 new records in one poll: three pages, each record once', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const start = (poller.nodeState().cursor as IDataObject).at;
		const created: IDataObject[] = [];
		for (let i = 0; i < 250; i++) {
			t.tick(1);
			created.push(...t.sim.seedContacts(1));
		}
		t.sim.clearLog();
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
		expect(ids(tally.items)).toEqual(ids(created)); // ascending creation order
		const pages = t.calls('GET', '/contacts');
		expect(pages.length).toBe(3);
		// Keyset paging: the first page starts at the look-back window, each further page asks
		// again from the last record taken (the page's first record is the one already taken
		// there, so a page brings 99 new ones).
		expect(pages.map((call) => call.query.created_at)).toEqual([
			`gte.${lookBackFrom(start)}`,
			`gte.${String(created[98].created_at)}`,
			`gte.${String(created[197].created_at)}`,
		]);
		expect(await poller.pollOk()).toEqual([]);
	});

	test('250 records sharing one millisecond: each once (offset within the shared instant)', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick(1);
		const created = t.sim.seedContacts(250);
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
		const cursor = poller.nodeState().cursor as IDataObject;
		expect(cursor.at).toBe(created[0].created_at);
		expect((cursor.ids as string[]).length).toBe(250); // bounded by the records sharing that instant
	});
});

describe('records changing while a poll pages', () => {
	test('updates during paging: moved records land at the end, nothing skipped, each version once', async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const poller = t.poller({ event: 'contactUpdated' });
		await poller.pollOk();
		const contacts = [...t.sim.state.contacts.values()]
			.filter((contact) => !contact.archived_at)
			.slice(0, 50);
		// 50 contacts updated at distinct instants → one page (limit 100) would hold them; make it 2+ pages with more.
		const more = t.sim.seedContacts(150);
		const all = [
			...contacts,
			...more.map((contact) => t.sim.state.contacts.get(String(contact.id))!),
		];
		all.forEach((contact, index) => {
			t.tick(1);
			touchContact(contact, `v1-${index}`, simNow(t.sim));
		});
		// While page 2 is asked for: a record already read (index 10) and one not yet read (index 150) change again.
		const early = all[10];
		const late = all[150];
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			action: {
				mutate: (_state, sim) => {
					sim.clock.advance(1);
					touchContact(early, 'v2-early', simNow(sim));
					sim.clock.advance(1);
					touchContact(late, 'v2-late', simNow(sim));
				},
			},
		});
		const tally = new Tally((item) => `${String(item.id)}@${String(item.updated_at)}`);
		const firstPoll = tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		// Every contact emitted, none twice within the poll; the changed ones in their latest state.
		expect(new Set(ids(firstPoll)).size).toBe(firstPoll.length);
		expect(ids(firstPoll).sort()).toEqual(ids(all).sort());
		const byId = new Map(firstPoll.map((item) => [String(item.id), item]));
		expect(byId.get(String(late.id))!.title).toBe('v2-late');
		expect(byId.get(String(early.id))!.title).toBe('v2-early');
		expect(tally.duplicates()).toEqual([]);
		expect(await poller.pollOk()).toEqual([]);
		expect(t.calls('GET', '/contacts').filter((call) => call.fault).length).toBe(1);
	});

	test('contacts inserted and deleted while a poll pages (offset shift) are neither lost nor repeated', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const created: IDataObject[] = [];
		for (let i = 0; i < 180; i++) {
			t.tick(1);
			created.push(...t.sim.seedContacts(1));
		}
		t.tick(1);
		// Page 2 is asked after 3 new contacts appear (at the newest instant: the end of the order).
		t.sim.faults.add({ method: 'GET', path: '/contacts', skip: 1, action: { insertContacts: 3 } });
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		expect(t.calls('GET', '/contacts').filter((call) => call.fault).length).toBe(1);
		const inserted = contactsByCreation().slice(-3);
		tally.expectExactly([...ids(created), ...ids(inserted)]);
	});
});

describe('failed polls advance nothing and lose nothing', () => {
	for (const [label, action] of [
		['a 500 on page 2 (after the retries)', { status: 500 }],
		['a dropped connection on page 2', { drop: true }],
	] as const) {
		test(`${label}: the poll fails, the next one emits everything once`, async () => {
			const poller = t.poller({ event: 'contactCreated' });
			await poller.pollOk();
			const before = poller.nodeState();
			const persisted = JSON.stringify(poller.persisted);
			const created: IDataObject[] = [];
			for (let i = 0; i < 150; i++) {
				t.tick(1);
				created.push(...t.sim.seedContacts(1));
			}
			// Page 2 fails on every attempt the transport makes (it retries reads 3 times).
			t.sim.faults.add({ method: 'GET', path: '/contacts', skip: 1, times: 3, action });
			const failed = await poller.poll();
			expect(failed.error).toBeDefined();
			expect(failed.items).toBeNull();
			expect(poller.nodeState()).toEqual(before);
			expect(JSON.stringify(poller.persisted)).toBe(persisted);
			const tally = new Tally();
			tally.add(await poller.pollOk());
			tally.add(await poller.pollOk());
			tally.expectExactly(ids(created));
		});
	}

	test('a 429 whose window resets too late fails the poll (says when), nothing lost', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const before = poller.nodeState();
		const created: IDataObject[] = [];
		for (let i = 0; i < 120; i++) {
			t.tick(1);
			created.push(...t.sim.seedContacts(1));
		}
		t.sim.faults.add({ method: 'GET', path: '/contacts', skip: 1, action: { status: 429 } });
		const failed = await poller.poll();
		expect(failed.error?.message).toMatch(/hourly/i);
		expect(failed.error?.httpCode).toBe('429');
		expect(poller.nodeState()).toEqual(before);
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
	});

	test('a 429 whose window resets within "Max Rate Limit Wait" is waited out inside the poll', async () => {
		const poller = t.poller({ event: 'contactCreated', options: { maxRateLimitWait: 10 } });
		await poller.pollOk();
		const created: IDataObject[] = [];
		for (let i = 0; i < 120; i++) {
			t.tick(1);
			created.push(...t.sim.seedContacts(1));
		}
		const reset = String(Math.ceil(Date.now() / 1000) + 1);
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			action: {
				status: 429,
				headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset },
			},
		});
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
		expect(t.calls('GET', '/contacts').map((call) => call.status)).toEqual([200, 200, 429, 200]);
	});
});

describe('overlapping polls', () => {
	// n8n fires a scheduled poll whether or not the previous one has finished (seen in real n8n
	// 1.123.81 and 2.41.1: a poll held longer than the interval emitted its contacts twice).
	test('a poll started while the previous one still runs emits nothing; each record once', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick();
		const created = t.sim.seedContacts(3);
		// The first poll's request is held; the second poll starts meanwhile.
		t.sim.faults.add({ method: 'GET', path: '/contacts', times: 1, action: { delayMs: 400 } });
		const slow = poller.poll();
		await sleep(100);
		const overlapping = await poller.poll();
		expect(overlapping).toEqual({ items: null });
		const tally = new Tally();
		tally.add((await slow).items);
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
		// The skipped poll sent nothing: one request for the held poll, one for the last.
		expect(
			t
				.calls('GET', '/contacts')
				.slice(1)
				.map((call) => call.status),
		).toEqual([200, 200]);
	});

	test('a failing poll does not block the next one', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick();
		const created = t.sim.seedContacts(2);
		t.sim.faults.add({ method: 'GET', path: '/contacts', times: 3, action: { status: 500 } });
		expect((await poller.poll()).error).toBeDefined();
		const tally = new Tally();
		tally.add(await poller.pollOk());
		tally.expectExactly(ids(created));
	});

	test('separate workflows (static data) poll independently', async () => {
		const first = t.poller({ event: 'contactCreated' });
		const second = t.poller({ event: 'contactCreated' });
		await Promise.all([first.pollOk(), second.pollOk()]);
		t.tick();
		const created = t.sim.seedContacts(2);
		t.sim.faults.add({ method: 'GET', path: '/contacts', times: 1, action: { delayMs: 300 } });
		const [a, b] = await Promise.all([first.pollOk(), second.pollOk()]);
		// The two contacts may share a timestamp, so their order is the API's tie order: compare as sets.
		expect(ids(a).sort()).toEqual(ids(created).sort());
		expect(ids(b).sort()).toEqual(ids(created).sort());
	});
});

describe('n8n restarts', () => {
	test('state carried in the saved static data: a new Workflow goes on exactly where the old one stopped', async () => {
		let poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const tally = new Tally();
		const expected: string[] = [];
		for (let round = 0; round < 3; round++) {
			t.tick(100);
			const batch = t.sim.seedContacts(2); // same instant
			expected.push(...ids(batch));
			tally.add(await poller.pollOk());
			t.tick(100);
			const whileDown = t.sim.seedContacts(2);
			expected.push(...ids(whileDown));
			poller = poller.restart(); // n8n restarts: only the persisted static data survives
			expect(poller.nodeState().version).toBe(1);
		}
		tally.add(await poller.pollOk());
		tally.add(await poller.pollOk());
		tally.expectExactly(expected);
	});

	test('a restart right after a failed poll loses nothing', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const created: IDataObject[] = [];
		for (let i = 0; i < 130; i++) {
			t.tick(1);
			created.push(...t.sim.seedContacts(1));
		}
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			skip: 1,
			times: 3,
			action: { status: 503 },
		});
		expect((await poller.poll()).error).toBeDefined();
		const restarted = poller.restart();
		const tally = new Tally();
		tally.add(await restarted.pollOk());
		tally.expectExactly(ids(created));
	});

	test('changing the event starts over from now (nothing old emitted)', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick();
		t.sim.seedContacts(2);
		const switched = poller.restart({ event: 'companyCreated' });
		expect(await switched.pollOk()).toEqual([]);
		expect(switched.nodeState().config).toBe('companyCreated|*|*');
		expect(switched.nodeState().cursor).toBeDefined();
	});
});

describe('bounded state', () => {
	test('after 120 polls with new records (some sharing an instant) the state holds only the last instant and the look-back window', async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const tally = new Tally();
		const expected: string[] = [];
		let largest = 0;
		for (let round = 0; round < 120; round++) {
			t.tick(round % 3 === 0 ? 0 : 7); // every third round shares the previous instant
			expected.push(...ids(t.sim.seedContacts(1 + (round % 3))));
			tally.add(await poller.pollOk());
			largest = Math.max(largest, JSON.stringify(poller.persisted).length);
		}
		tally.expectExactly(expected);
		const cursor = poller.nodeState().cursor as { at: string; ids: string[] };
		const atLastInstant = [...t.sim.state.contacts.values()].filter(
			(contact) => contact.created_at === cursor.at,
		);
		expect(cursor.ids.sort()).toEqual(ids(atLastInstant).sort());
		// A handful of ids at most: 3 rounds may share one instant (1 + 2 + 3 records).
		expect(cursor.ids.length).toBeLessThanOrEqual(6);
		// All 120 polls fall inside one look-back window: its ids are kept, up to the cap.
		const recent = Object.keys((cursor as { recent?: IDataObject }).recent ?? {});
		expect(recent.length).toBeLessThanOrEqual(MAX_LOOK_BACK_RECORDS);
		expect(largest).toBeLessThan(600 + MAX_LOOK_BACK_RECORDS * 70);
	});
});

test('T0 is the simulator clock', () => {
	expect(simNow(t.sim)).toBe(T0);
});
