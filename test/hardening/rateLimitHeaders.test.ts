/**
 * `X-RateLimit-Reset` as servers really send it: Unix seconds (Leonar), a small number of
 * seconds from now, milliseconds, a moment already past (this machine's clock runs ahead),
 * hours away, or nothing. The node never hammers the API with immediate retries (it backs off
 * 1 s, then 2 s, … when the reset is unusable) and never shows a nonsense date.
 */
import { locator, useSimulator } from '../support';

const t = useSimulator();

const contactId = () => String([...t.sim.state.contacts.values()].find((c) => !c.archived_at)?.id);
const getContact = () => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator(contactId()),
});
const ISO_DATE = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/;

function rateLimited(reset: string, times = Infinity) {
	t.sim.faults.add({
		method: 'GET',
		path: /^\/contacts\//,
		times,
		action: {
			status: 429,
			headers: {
				'X-RateLimit-Limit': '1000',
				'X-RateLimit-Remaining': '0',
				'X-RateLimit-Reset': reset,
			},
		},
	});
}

const gaps = () => {
	const at = t.calls('GET').map((call) => call.at);
	return at.slice(1).map((time, index) => time - at[index]);
};

describe('X-RateLimit-Reset', () => {
	it('a small value (30) is seconds from now, not 1970: beyond the bound it fails at once', async () => {
		rateLimited('30');
		const before = Date.now();
		const result = await t.run({ ...getContact(), options: { maxRateLimitWait: 5 } });
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key was hit");
		expect(result.error?.description).not.toMatch(/1970/);
		const said = new Date(ISO_DATE.exec(result.error?.description ?? '')?.[0] ?? 0).getTime();
		expect(said).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 29_000);
		expect(said).toBeLessThanOrEqual(Date.now() + 31_000);
		expect(t.calls('GET')).toHaveLength(1);
	});

	it('a reset already past (the clock runs ahead): backs off 1 s, then 2 s, then succeeds', async () => {
		rateLimited(String(Math.floor(Date.now() / 1000) - 600), 2);
		const result = await t.run(getContact());
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(contactId());
		expect(t.calls('GET').map((call) => call.status)).toEqual([429, 429, 200]);
		const [first, second] = gaps();
		expect(first).toBeGreaterThanOrEqual(1000);
		expect(second).toBeGreaterThanOrEqual(2000);
	});

	it('a reset already past, 429 each time: stops at the bound, described without a date', async () => {
		rateLimited(String(Math.floor(Date.now() / 1000) - 600));
		const result = await t.run({ ...getContact(), options: { maxRateLimitWait: 1 } });
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key was hit");
		expect(result.error?.description).not.toMatch(ISO_DATE);
		expect(result.error?.description).toContain('reset time for the window (X-RateLimit-Reset: ');
		expect(result.error?.description).toContain("already past by this machine's clock");
		// One wait of 1 s fits "Max Rate Limit Wait" (1 s); the next (2 s) does not.
		expect(t.calls('GET').map((call) => call.status)).toEqual([429, 429]);
	});

	it('a reset in milliseconds is read as milliseconds: waited out, then success', async () => {
		rateLimited(String(Date.now() + 1500), 1);
		const result = await t.run(getContact());
		expect(result.error).toBeUndefined();
		expect(t.calls('GET').map((call) => call.status)).toEqual([429, 200]);
		expect(gaps()[0]).toBeGreaterThanOrEqual(1000);
	});

	it('a reset hours away (not an hourly window): not waited for, not shown as a date', async () => {
		rateLimited(String(Math.floor(Date.now() / 1000) + 10 * 3600));
		const result = await t.run({ ...getContact(), options: { maxRateLimitWait: 3 * 3600 } });
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key was hit");
		expect(result.error?.description).not.toMatch(ISO_DATE);
		expect(result.error?.description).toContain('more than 2 hours ahead');
		expect(result.error?.description).not.toMatch(/[+-]0\d{5}/);
		expect(t.calls('GET')).toHaveLength(1);
	});

	it('a used-up window announced in milliseconds on a 200 is paced on, not turned into a far date', async () => {
		// The first answer succeeds but says nothing is left until a reset 1.5 s away, in ms.
		const ids = [...t.sim.state.contacts.values()]
			.filter((c) => !c.archived_at)
			.slice(0, 2)
			.map((c) => String(c.id));
		t.sim.faults.add({
			method: 'GET',
			path: `/contacts/${ids[0]}`,
			times: 1,
			action: {
				status: 200,
				body: { data: t.sim.state.contacts.get(ids[0]) },
				headers: {
					'X-RateLimit-Limit': '1000',
					'X-RateLimit-Remaining': '0',
					'X-RateLimit-Reset': String(Date.now() + 1500),
				},
			},
		});
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator('={{ $json.id }}') },
			{ input: ids.map((id) => ({ id })) },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids);
		expect(t.calls('GET').map((call) => call.status)).toEqual([200, 200]);
		expect(gaps()[0]).toBeGreaterThanOrEqual(1000);
	});
});
