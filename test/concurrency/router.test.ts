/**
 * Budget-gated concurrency of per-item operations (actions/router.ts, actions/concurrency.ts):
 * independent per-item requests run a few at a time — never more than the Concurrency option,
 * never more than the X-RateLimit-Remaining Leonar last reported — while the output keeps the
 * input order and pairing, errors stay with their item, Continue On Fail works as before, and
 * writes to the same record keep their order. Asserted on the wire: the simulator counts the
 * requests it is handling at once (`inFlight` on each log entry, `sim.inFlight.max`).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const UNKNOWN = '0b6d7f4e-1c2a-4e8b-9a3d-5f6e7d8c9b0a';

function contactIds(n: number): string[] {
	const seeded = t.sim.seedContacts(n);
	return seeded.map((c) => String(c.id));
}

const getById = (options: INodeParameters = {}) => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator('={{ $json.id }}'),
	options,
});

const maxInFlight = () => Math.max(0, ...t.calls().map((c) => c.inFlight ?? 0));
const requestedIds = () => t.calls('GET').map((c) => c.path.split('/').pop());

describe('per-item reads run concurrently', () => {
	it('Contact › Get: up to 5 at once by default, output in input order, each paired with its item', async () => {
		t.sim.setLatency({ fixedMs: 40, jitterMs: 40 });
		const ids = contactIds(20);
		const result = await t.run(getById(), { input: ids.map((id) => ({ id })) });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => c.id)).toEqual(ids);
		expect(result.items.map((item) => item.pairedItem)).toEqual(ids.map((_, item) => ({ item })));
		expect(t.calls()).toHaveLength(20);
		expect(maxInFlight()).toBe(5);
	});

	it('the Concurrency option bounds the requests in flight; 1 = one after another', async () => {
		t.sim.setLatency({ fixedMs: 30, jitterMs: 30 });
		const ids = contactIds(12);
		const three = await t.run(getById({ concurrency: 3 }), { input: ids.map((id) => ({ id })) });
		expect(three.error).toBeUndefined();
		expect(jsonOf(three).map((c) => c.id)).toEqual(ids);
		expect(maxInFlight()).toBe(3);

		t.sim.clearLog();
		const one = await t.run(getById({ concurrency: 1 }), { input: ids.map((id) => ({ id })) });
		expect(jsonOf(one).map((c) => c.id)).toEqual(ids);
		expect(maxInFlight()).toBe(1);
		expect(requestedIds()).toEqual(ids);
	});

	it('never more in flight than the X-RateLimit-Remaining of the last answer: no 429 in a tight window', async () => {
		t.sim.setLatency({ fixedMs: 30, jitterMs: 20 });
		t.sim.setRateLimit({ limit: 3, windowSeconds: 2 });
		const ids = contactIds(7);
		const result = await t.run(getById({ concurrency: 5 }), { input: ids.map((id) => ({ id })) });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => c.id)).toEqual(ids);
		expect(t.calls().map((c) => c.status)).toEqual(ids.map(() => 200));
		// the first answer said 2 left: at most 2 then, fewer as the window empties
		expect(maxInFlight()).toBeLessThanOrEqual(2);
	});

	it('when the window runs low, fewer at once: at most Remaining ÷ Concurrency in flight', async () => {
		t.sim.setLatency({ fixedMs: 30, jitterMs: 20 });
		t.sim.setRateLimit({ limit: 12, windowSeconds: 5 });
		const ids = contactIds(10);
		const result = await t.run(getById({ concurrency: 5 }), { input: ids.map((id) => ({ id })) });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((c) => c.id)).toEqual(ids);
		// the first answer said 11 left: 11 ÷ 5 → 2 at once, then 1 below 10 left
		expect(maxInFlight()).toBe(2);
	});

	it('two runs sharing one key under a binding window: every item done, few 429s', async () => {
		t.sim.setLatency({ fixedMs: 20, jitterMs: 20 });
		t.sim.setRateLimit({ limit: 10, windowSeconds: 2 });
		const a = contactIds(12);
		const b = contactIds(12);
		const [ra, rb] = await Promise.all([
			t.run(getById({ concurrency: 5 }), { input: a.map((id) => ({ id })) }),
			t.run(getById({ concurrency: 5 }), { input: b.map((id) => ({ id })) }),
		]);
		expect(ra.error).toBeUndefined();
		expect(rb.error).toBeUndefined();
		expect(jsonOf(ra).map((c) => c.id)).toEqual(a);
		expect(jsonOf(rb).map((c) => c.id)).toEqual(b);
		// 24 requests in 10-request windows: each run paces on its own answers; when both still see
		// one request left, one of them gets a 429 (and waits for the reset): at most one per window
		const rejected = t.calls().filter((c) => c.status === 429).length;
		expect(rejected).toBeLessThanOrEqual(3);
	});

	it('the first request goes alone: before any answer the budget is unknown', async () => {
		t.sim.setLatency({ fixedMs: 30, jitterMs: 0 });
		const ids = contactIds(6);
		await t.run(getById(), { input: ids.map((id) => ({ id })) });
		const log = t.calls();
		expect(log[0].inFlight).toBe(1);
		expect(log[1].inFlight).toBe(1); // sent once the first answer came back
		expect(maxInFlight()).toBe(5);
	});
});

describe('errors stay per item', () => {
	it('Continue On Fail: the failing items carry their error at their position, the others go on', async () => {
		t.sim.setLatency({ fixedMs: 20, jitterMs: 40 });
		const ids = contactIds(10);
		const input = ids.map((id, i) => ({ id: i === 3 || i === 7 ? UNKNOWN : id }));
		const result = await t.run(getById(), { input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		const out = jsonOf(result);
		expect(out).toHaveLength(10);
		out.forEach((json, i) => {
			if (i === 3 || i === 7) expect(String(json.error)).toMatch(/not found/i);
			else expect(json.id).toBe(ids[i]);
		});
		expect(result.items.map((item) => item.pairedItem)).toEqual(ids.map((_, item) => ({ item })));
		expect(maxInFlight()).toBeGreaterThan(1);
	});

	it('without Continue On Fail: the first failing item in input order fails the node; nothing new starts after it', async () => {
		t.sim.setLatency({ fixedMs: 60, jitterMs: 0 });
		const ids = contactIds(10);
		const input = ids.map((id, i) => ({ id: i === 1 ? UNKNOWN : id }));
		const result = await t.run(getById({ concurrency: 2 }), { input });
		expect(result.error?.message).toMatch(new RegExp(UNKNOWN));
		expect(result.error?.context?.itemIndex).toBe(1);
		// item 0 alone, then items 1 and 2 together; item 1 fails: item 3 and later are never sent
		expect(requestedIds()).toEqual([ids[0], UNKNOWN, ids[2]]);
	});

	it('bad input in one item is refused before its request, naming the item; the others are sent', async () => {
		const ids = contactIds(4);
		const input = ids.map((id, i) => ({ id: i === 2 ? 'not-a-uuid' : id }));
		const result = await t.run(getById(), { input, continueOnFail: true });
		const out = jsonOf(result);
		expect(String(out[2].error)).toMatch(/Contact/);
		expect(result.items[2].pairedItem).toEqual({ item: 2 });
		expect(requestedIds().sort()).toEqual([ids[0], ids[1], ids[3]].sort());
	});
});

describe('writes', () => {
	it('updates run concurrently, but two items for the same record keep their order (last one wins)', async () => {
		t.sim.setLatency({ fixedMs: 10, jitterMs: 60 });
		const [a, b, c] = contactIds(3);
		const targets = [a, b, a, c, a, b, c, a];
		const input = targets.map((id, i) => ({ id, title: `T${i}` }));
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'update',
				contactId: locator('={{ $json.id }}'),
				updateFields: { title: '={{ $json.title }}' },
			},
			{ input },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((json) => json.title)).toEqual(input.map((i) => i.title));
		expect(t.sim.state.contacts.get(a)?.title).toBe('T7');
		expect(t.sim.state.contacts.get(b)?.title).toBe('T5');
		expect(t.sim.state.contacts.get(c)?.title).toBe('T6');
		const titlesFor = (id: string) =>
			t.calls('PUT', `/contacts/${id}`).map((call) => (call.body as IDataObject).title);
		expect(titlesFor(a)).toEqual(['T0', 'T2', 'T4', 'T7']);
		expect(titlesFor(b)).toEqual(['T1', 'T5']);
		expect(maxInFlight()).toBeGreaterThan(1);
		// never two requests for one record at once
		for (const id of [a, b, c]) {
			const calls = t.calls('PUT', `/contacts/${id}`);
			expect(calls.every((call) => call.status === 200)).toBe(true);
		}
	});

	it('creates go one after another unless the Concurrency option allows more', async () => {
		t.sim.setLatency({ fixedMs: 30, jitterMs: 30 });
		const input = Array.from({ length: 6 }, (_, i) => ({ name: `Concurrent ${i}` }));
		const create = (options: INodeParameters = {}) => ({
			resource: 'contact',
			operation: 'create',
			firstName: '={{ $json.name }}',
			additionalFields: {},
			options,
		});
		const sequential = await t.run(create(), { input });
		expect(jsonOf(sequential).map((c) => c.first_name)).toEqual(input.map((i) => i.name));
		expect(maxInFlight()).toBe(1);
		expect(t.calls('POST').map((c) => (c.body as IDataObject).first_name)).toEqual(
			input.map((i) => i.name),
		);

		t.sim.clearLog();
		const concurrent = await t.run(create({ concurrency: 3 }), { input });
		expect(concurrent.error).toBeUndefined();
		expect(jsonOf(concurrent).map((c) => c.first_name)).toEqual(input.map((i) => i.name));
		expect(concurrent.items.map((item) => item.pairedItem)).toEqual(
			input.map((_, item) => ({ item })),
		);
		expect(maxInFlight()).toBe(3);
		expect(t.calls('POST')).toHaveLength(6);
	});

	it('Create or Update stays one item after another (its check-then-create must not race)', async () => {
		t.sim.setLatency({ fixedMs: 20, jitterMs: 20 });
		const input = [0, 1, 2, 0].map((i) => ({ email: `racer${i}@example.com` }));
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				firstName: 'Racer',
			},
			{ input },
		);
		expect(result.error).toBeUndefined();
		expect(maxInFlight()).toBe(1);
		expect(t.calls('POST', '/contacts')).toHaveLength(3);
	});
});
