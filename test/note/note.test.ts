import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const MISSING = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';

const notes = () => [...t.sim.state.notes.values()] as IDataObject[];
const contactWithNotes = () => {
	const counts = new Map<string, number>();
	for (const note of notes())
		if (note.contact_id)
			counts.set(String(note.contact_id), (counts.get(String(note.contact_id)) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
};
const activeContact = () =>
	[...t.sim.state.contacts.values()].find((c) => !c.archived_at) as IDataObject;

describe('note: create', () => {
	it('writes the note on the contact, one call per item, paired', async () => {
		const contact = activeContact();
		const result = await t.run(
			{
				resource: 'note',
				operation: 'create',
				contactId: locator(String(contact.id)),
				content: '={{ $json.text }}',
			},
			{ input: [{ text: 'Called, wants remote.' }, { text: 'Sent offer.' }] },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => [c.method, c.path, c.body])).toEqual([
			['POST', `/contacts/${contact.id}/notes`, { content: 'Called, wants remote.' }],
			['POST', `/contacts/${contact.id}/notes`, { content: 'Sent offer.' }],
		]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ content: 'Called, wants remote.', contact_id: contact.id }),
			expect.objectContaining({ content: 'Sent offer.', contact_id: contact.id }),
		]);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses empty content before any request', async () => {
		const result = await t.run({
			resource: 'note',
			operation: 'create',
			contactId: locator(String(activeContact().id)),
			content: ' ',
		});
		expect(result.error?.message).toBe('"Content" is required and must be text');
		expect(t.calls()).toHaveLength(0);
	});

	it('says which contact was not found', async () => {
		const result = await t.run({
			resource: 'note',
			operation: 'create',
			contactId: locator(MISSING),
			content: 'Hi',
		});
		expect(result.error?.message).toBe(`Contact ${MISSING} was not found in Leonar`);
	});

	it('names the missing scope notes:write', async () => {
		const result = await t.run(
			{
				resource: 'note',
				operation: 'create',
				contactId: locator(String(activeContact().id)),
				content: 'Hi',
			},
			{ key: 'notes:read' },
		);
		expect(result.error?.message).toContain('notes:write');
	});
});

describe('note: get', () => {
	it('reads one note by id', async () => {
		const note = notes()[0];
		const result = await t.run({
			resource: 'note',
			operation: 'get',
			noteId: locator(String(note.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`GET /notes/${note.id}`]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: note.id, content: note.content }),
		]);
	});

	it('says which note was not found', async () => {
		const result = await t.run({ resource: 'note', operation: 'get', noteId: locator(MISSING) });
		expect(result.error?.message).toBe(`Note ${MISSING} was not found in Leonar`);
	});

	it('names the missing scope notes:read', async () => {
		const result = await t.run(
			{ resource: 'note', operation: 'get', noteId: locator(String(notes()[0].id)) },
			{ key: 'contacts:read' },
		);
		expect(result.error?.message).toContain('notes:read');
	});
});

describe('note: getAll', () => {
	it('lists the workspace notes filtered by contact, up to Limit, sorted', async () => {
		const [contactId, count] = contactWithNotes();
		const result = await t.run({
			resource: 'note',
			operation: 'getAll',
			limit: 1,
			filters: { contactId },
			options: { sort: 'created_at' },
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/notes')[0].query).toEqual({
			contact_id: contactId,
			sort: 'created_at',
			limit: '1',
			offset: '0',
		});
		expect(count).toBeGreaterThanOrEqual(1);
		expect(jsonOf(result)).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ contact_id: contactId });
		expect(jsonOf(result)[0]).not.toHaveProperty('author_id');
	});

	it('returns all notes with Return All', async () => {
		const result = await t.run({ resource: 'note', operation: 'getAll', returnAll: true });
		expect(jsonOf(result)).toHaveLength(notes().length);
		expect(t.calls('GET', '/notes')[0].query).toEqual({ limit: '100', offset: '0' });
	});

	it("lists one contact's notes through the contact", async () => {
		const [contactId, count] = contactWithNotes();
		const result = await t.run({
			resource: 'note',
			operation: 'getAll',
			notesOf: 'contact',
			contactId: locator(contactId),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
			`GET /contacts/${contactId}/notes`,
		]);
		expect(jsonOf(result)).toHaveLength(count);
	});

	it('refuses a filter id that is not a UUID before any request', async () => {
		const result = await t.run({
			resource: 'note',
			operation: 'getAll',
			filters: { dealId: 'deal-1' },
		});
		expect(result.error?.message).toBe('"Deal ID" must be a Leonar id (a UUID), got deal-1');
		expect(t.calls()).toHaveLength(0);
	});
});

describe('note: update', () => {
	it('replaces the text', async () => {
		const note = notes()[0];
		const result = await t.run({
			resource: 'note',
			operation: 'update',
			noteId: locator(String(note.id)),
			content: 'Edited',
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => [c.method, c.path, c.body])).toEqual([
			['PUT', `/notes/${note.id}`, { content: 'Edited' }],
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: note.id, content: 'Edited' });
	});

	it('names the missing scope notes:write', async () => {
		const result = await t.run(
			{
				resource: 'note',
				operation: 'update',
				noteId: locator(String(notes()[0].id)),
				content: 'Edited',
			},
			{ key: 'notes:read' },
		);
		expect(result.error?.message).toContain('notes:write');
	});
});
