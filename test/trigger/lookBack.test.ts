/**
 * Late-committed records: a record whose marker (created_at, updated_at, …) is earlier than
 * the last one the trigger took, because its transaction committed after the poll read. The
 * trigger re-reads a look-back window before its watermark and takes each record of it once.
 */
import type { IDataObject } from 'n8n-workflow';

import { LOOK_BACK_MS, MAX_LOOK_BACK_RECORDS } from '../../nodes/LeonarTrigger/cursor';
import type { Rec } from '../simulator';
import { T0, Tally, contactBody, useTrigger } from './support';

const t = useTrigger();

const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

/** A contact that appears now with these timestamps (as if its transaction committed late). */
function lateContact(createdAt: string, updatedAt = createdAt): Rec {
	const [contact] = t.sim.seedContacts(1);
	const stored = t.sim.state.contacts.get(String(contact.id))!;
	stored.created_at = createdAt;
	stored.updated_at = updatedAt;
	return stored;
}

test('the look-back window is 5 minutes', () => {
	expect(LOOK_BACK_MS).toBe(5 * 60 * 1000);
});

describe('contact created', () => {
	test('a late record inside the window is emitted once, at the next poll', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick(60_000);
		const taken = await t.api('POST', '/contacts', contactBody('taken'));
		expect(ids(await poller.pollOk())).toEqual([taken.id]);
		// Committed after that poll read, with a creation time 30 s before the watermark.
		const late = lateContact(at(30_000));
		expect(ids(await poller.pollOk())).toEqual([late.id]);
		expect(await poller.pollOk()).toEqual([]);
		t.tick(60_000);
		const next = await t.api('POST', '/contacts', contactBody('next'));
		expect(ids(await poller.pollOk())).toEqual([next.id]);
		expect(await poller.pollOk()).toEqual([]);
	});

	test('a late record older than the window is not emitted (documented)', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		t.tick(LOOK_BACK_MS + 60_000);
		const taken = await t.api('POST', '/contacts', contactBody('taken'));
		expect(ids(await poller.pollOk())).toEqual([taken.id]);
		lateContact(at(30_000)); // 6 minutes before the watermark
		expect(await poller.pollOk()).toEqual([]);
	});

	test('records of the last 5 minutes before activation are not emitted later', async () => {
		for (let i = 0; i < 4; i++) {
			t.tick(30_000);
			t.sim.seedContacts(2);
		}
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		expect(await poller.pollOk()).toEqual([]);
		t.tick(1000);
		const created = await t.api('POST', '/contacts', contactBody('after'));
		expect(ids(await poller.pollOk())).toEqual([created.id]);
	});

	test('over many polls, with late records inside the window and a restart, each record exactly once', async () => {
		t.sim.setRateLimit({ limit: 100000 });
		let poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const tally = new Tally();
		const expected: string[] = [];
		for (let round = 0; round < 60; round++) {
			t.tick(20_000);
			expected.push(...ids(t.sim.seedContacts(1 + (round % 2))));
			if (round % 5 === 4) {
				// Late by 10 s to 4 min: inside the window.
				const lateBy = 10_000 + (round % 4) * 70_000;
				expected.push(String(lateContact(new Date(t.sim.clock.now() - lateBy).toISOString()).id));
			}
			tally.add(await poller.pollOk());
			if (round % 3 === 0) tally.add(await poller.pollOk()); // a poll with nothing new
			if (round === 30) poller = poller.restart();
		}
		tally.expectExactly(expected);
	});
});

describe('activation and upgrade', () => {
	test('activation right after a burst: the window holds the newest 100, nothing old is emitted', async () => {
		const burst: Rec[] = [];
		for (let i = 0; i < 150; i++) {
			t.tick(1000);
			burst.push(...t.sim.seedContacts(1));
		}
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const cursor = poller.nodeState().cursor as { recent: IDataObject; floor?: string };
		expect(Object.keys(cursor.recent).length).toBeLessThanOrEqual(MAX_LOOK_BACK_RECORDS);
		expect(cursor.floor).toBeDefined();
		expect(await poller.pollOk()).toEqual([]);
		// Late, but older than the newest 100 records: outside the (shortened) window.
		lateContact(String(burst[10].created_at));
		const inside = lateContact(String(burst[140].created_at).replace(/\.000Z$/, '.500Z'));
		expect(ids(await poller.pollOk())).toEqual([inside.id]);
		expect(await poller.pollOk()).toEqual([]);
	});

	test('a cursor saved before the window existed reads on from its watermark, repeating nothing', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const before: Rec[] = [];
		for (let i = 0; i < 3; i++) {
			t.tick(30_000);
			before.push(...t.sim.seedContacts(1));
			expect(ids(await poller.pollOk())).toEqual(ids(before.slice(-1)));
		}
		// The state as the previous version saved it: no look-back ids.
		const node = poller.persisted['node:Leonar Trigger'] as IDataObject;
		const cursor = node.cursor as IDataObject;
		delete cursor.recent;
		const upgraded = poller.restart();
		expect(await upgraded.pollOk()).toEqual([]);
		t.tick(1000);
		const created = await t.api('POST', '/contacts', contactBody('after'));
		expect(ids(await upgraded.pollOk())).toEqual([created.id]);
		expect(await upgraded.pollOk()).toEqual([]);
	});
});

describe('contact updated', () => {
	test('a late update inside the window is emitted once; a later update of it again', async () => {
		const poller = t.poller({ event: 'contactUpdated' });
		await poller.pollOk();
		const [a, b] = [...t.sim.state.contacts.values()].filter((contact) => !contact.archived_at);
		t.tick(60_000);
		await t.api('PUT', `/contacts/${b.id}`, { title: 'taken' });
		expect(ids(await poller.pollOk())).toEqual([b.id]);
		a.title = 'late';
		a.updated_at = at(20_000);
		expect((await poller.pollOk()).map((item) => [item.id, item.title])).toEqual([[a.id, 'late']]);
		expect(await poller.pollOk()).toEqual([]);
		t.tick(1000);
		await t.api('PUT', `/contacts/${a.id}`, { title: 'again' });
		expect((await poller.pollOk()).map((item) => [item.id, item.title])).toEqual([[a.id, 'again']]);
		expect(await poller.pollOk()).toEqual([]);
	});
});

describe('bounded state', () => {
	test('the window keeps only ids of records taken in the last 5 minutes before the watermark', async () => {
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		for (let i = 0; i < 10; i++) {
			t.tick(60_000);
			t.sim.seedContacts(1);
			await poller.pollOk();
		}
		const cursor = poller.nodeState().cursor as { at: string; ids: string[]; recent: IDataObject };
		const times = Object.values(cursor.recent).map((value) => Date.parse(String(value)));
		expect(times.length).toBe(5); // 1 to 5 minutes before the watermark (the window includes its start)
		expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(cursor.at) - LOOK_BACK_MS);
	});

	test(`at most ${MAX_LOOK_BACK_RECORDS} ids: the window shrinks to them, nothing is repeated`, async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const poller = t.poller({ event: 'contactCreated' });
		await poller.pollOk();
		const tally = new Tally();
		const expected: string[] = [];
		for (let round = 0; round < 3; round++) {
			for (let i = 0; i < 90; i++) {
				t.tick(100);
				expected.push(...ids(t.sim.seedContacts(1)));
			}
			tally.add(await poller.pollOk());
			const cursor = poller.nodeState().cursor as { recent: IDataObject };
			expect(Object.keys(cursor.recent).length).toBeLessThanOrEqual(MAX_LOOK_BACK_RECORDS);
		}
		tally.add(await poller.pollOk());
		tally.expectExactly(expected);
		// One poll with nothing new reads the (full) window once: at most 2 pages.
		t.sim.clearLog();
		expect(await poller.pollOk()).toEqual([]);
		expect(t.calls('GET', '/contacts').length).toBeLessThanOrEqual(2);
	});
});
