import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const MISSING = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';

const tags = () => [...t.sim.state.tags.values()] as IDataObject[];
const contact = () => [...t.sim.state.contacts.values()].find((c) => !c.archived_at) as IDataObject;
const tagNotOn = (c: IDataObject) =>
	tags().find((tag) => !(c.tags as string[]).includes(String(tag.name))) as IDataObject;

describe('tag: create', () => {
	it('sends name, color and scope', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'create',
			name: 'Hot lead',
			additionalFields: { color: '10b981', scope: 'deal' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => [c.method, c.path, c.body])).toEqual([
			['POST', '/tags', { name: 'Hot lead', color: '#10b981', scope: 'deal' }],
		]);
		expect(jsonOf(result)[0]).toMatchObject({ name: 'Hot lead', color: '#10b981', scope: 'deal' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a color that is not hex before any request', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'create',
			name: 'X',
			additionalFields: { color: 'green' },
		});
		expect(result.error?.message).toBe('"Color" must be a hex color such as #10B981, got "green"');
		expect(t.calls()).toHaveLength(0);
	});

	it('names the missing scope tags:write', async () => {
		const result = await t.run(
			{ resource: 'tag', operation: 'create', name: 'X' },
			{ key: 'tags:read' },
		);
		expect(result.error?.message).toContain('tags:write');
	});
});

describe('tag: getAll', () => {
	it('returns all tags sorted by name with Return All', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'getAll',
			returnAll: true,
			options: { sort: 'name' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/tags')[0].query).toEqual({ sort: 'name', limit: '100', offset: '0' });
		const names = tags()
			.map((tag) => String(tag.name))
			.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
		expect(jsonOf(result).map((tag) => tag.name)).toEqual(names);
	});

	it('filters by scope and text, up to Limit, simplified', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'getAll',
			limit: 1,
			filters: { scope: 'contact', search: 'e' },
			simplify: true,
		});
		expect(t.calls('GET', '/tags')[0].query).toEqual({
			scope: 'contact',
			search: 'e',
			limit: '1',
			offset: '0',
		});
		expect(jsonOf(result)).toHaveLength(1);
		expect(Object.keys(jsonOf(result)[0]).sort()).toEqual(['color', 'id', 'name', 'scope']);
		expect(jsonOf(result)[0].scope).toBe('contact');
	});

	it('names the missing scope tags:read', async () => {
		const result = await t.run({ resource: 'tag', operation: 'getAll' }, { key: 'contacts:read' });
		expect(result.error?.message).toContain('tags:read');
	});
});

describe('tag: addToContact / removeFromContact', () => {
	it('adds a tag by id and returns the tagged contact', async () => {
		const c = contact();
		const tag = tagNotOn(c);
		const result = await t.run({
			resource: 'tag',
			operation: 'addToContact',
			contactId: locator(String(c.id)),
			tagId: locator(String(tag.id), 'list'),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((call) => [call.method, call.path, call.body])).toEqual([
			['POST', `/contacts/${c.id}/tags`, { tag_id: tag.id }],
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: c.id, tags: expect.arrayContaining([tag.name]) });
	});

	it('removes a tag (204) and says so', async () => {
		const c = contact();
		const tag = tags().find((x) => (c.tags as string[]).includes(String(x.name))) as IDataObject;
		const result = await t.run({
			resource: 'tag',
			operation: 'removeFromContact',
			contactId: locator(String(c.id)),
			tagId: locator(String(tag.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((call) => `${call.method} ${call.path}`)).toEqual([
			`DELETE /contacts/${c.id}/tags/${tag.id}`,
		]);
		expect(jsonOf(result)).toEqual([{ contact_id: c.id, tag_id: tag.id, removed: true }]);
		expect((t.sim.state.contacts.get(String(c.id)) as IDataObject).tags).not.toContain(tag.name);
	});

	it('says which tag was not found', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'removeFromContact',
			contactId: locator(String(contact().id)),
			tagId: locator(MISSING),
		});
		expect(result.error?.message).toBe(`Tag ${MISSING} was not found in Leonar`);
	});

	it('refuses a tag id that is not a UUID before any request', async () => {
		const result = await t.run({
			resource: 'tag',
			operation: 'addToContact',
			contactId: locator(String(contact().id)),
			tagId: '={{ "Hot lead" }}',
		});
		expect(result.error?.message).toBe('"Tag" must be a Leonar id (a UUID), got Hot lead');
		expect(t.calls()).toHaveLength(0);
	});

	it('names the missing scope tags:write', async () => {
		const c = contact();
		const result = await t.run(
			{
				resource: 'tag',
				operation: 'addToContact',
				contactId: locator(String(c.id)),
				tagId: locator(String(tagNotOn(c).id)),
			},
			{ key: 'contacts:write' },
		);
		expect(result.error?.message).toContain('tags:write');
	});
});
