/**
 * A Limit must be an integer ≥ 1. Anything else, including an expression that resolves to
 * nothing, is refused before any request, naming Limit and the item; a paid search never
 * asks for more than Limit.
 */
import type { INodeParameters } from 'n8n-workflow';

import { useSimulator } from '../support';

const t = useSimulator();

const advanced = (limit: unknown): INodeParameters => ({
	resource: 'sourcing',
	operation: 'advancedSearch',
	limit: limit as number,
	filters: { jobTitles: 'Engineer' },
});

const contacts = (limit: unknown): INodeParameters => ({
	resource: 'contact',
	operation: 'getAll',
	limit: limit as number,
});

describe('Limit is checked before any request', () => {
	it.each([
		['an expression that resolves to nothing', '={{ $json.max }}'],
		['0', 0],
		['null', null],
		['an empty string', ''],
		['1.5', 1.5],
		['-5', -5],
		['"abc"', 'abc'],
	])('advanced search with Limit %s: refused, no credits spent', async (_name, limit) => {
		t.sim.setCredits({ sourcing: 500 });
		const result = await t.run(advanced(limit), { input: [{}] });
		expect(result.error?.message).toMatch(/^"Limit" must be a whole number of at least 1/);
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(t.calls()).toHaveLength(0);
		expect(t.sim.state.credits.sourcing).toBe(500);
	});

	it.each([
		['0', 0],
		['-5', -5],
		['null', null],
		['1.5', 1.5],
		['"abc"', 'abc'],
		['an expression that resolves to nothing', '={{ $json.max }}'],
	])('contact Get Many with Limit %s: refused naming Limit and the item', async (_name, limit) => {
		const result = await t.run(contacts(limit), { input: [{}] });
		expect(result.error?.message).toMatch(/^"Limit" must be a whole number of at least 1/);
		expect(t.calls()).toHaveLength(0);
	});

	it('a Limit given as a numeric string from an expression is accepted', async () => {
		const result = await t.run(contacts('={{ $json.max }}'), { input: [{ max: '3' }] });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(t.calls('GET', '/contacts')[0].query).toMatchObject({ limit: '3' });
	});

	it('the second item has the bad Limit: the error names item 1, and Continue On Fail goes on', async () => {
		const result = await t.run(contacts('={{ $json.max }}'), {
			input: [{ max: 2 }, {}],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBeDefined();
		const failed = result.items.find(
			(item) => item.pairedItem && (item.pairedItem as { item: number }).item === 1,
		);
		expect(failed?.json.error).toMatch(/^"Limit" must be a whole number of at least 1/);
	});

	it('advanced search never asks for more than Limit (page_size ≤ Limit)', async () => {
		t.sim.setCredits({ sourcing: 500 });
		const result = await t.run(advanced(7));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(7);
		const sizes = t
			.calls('POST', '/sourcing/advanced/profiles/search')
			.map((c) => (c.body as { page_size: number }).page_size);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
		expect(t.sim.state.credits.sourcing).toBe(493);
	});
});
