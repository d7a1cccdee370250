/**
 * Return All sorted by a field that changes (Updated At): a record edited while the node pages
 * moves, and the records behind it shift into pages already read. Return All still returns
 * every record that existed for the whole run, once, in the order asked for.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Rec } from '../simulator';
import { jsonOf, useSimulator } from '../support';

const t = useSimulator();

/** The contacts in the API's order for `sort=updated_at` (ties broken by id). */
const byUpdatedAt = (): Rec[] =>
	[...t.sim.state.contacts.values()]
		.filter((c) => !c.archived_at)
		.sort((a, b) =>
			a.updated_at === b.updated_at
				? a.id < b.id
					? -1
					: 1
				: Date.parse(a.updated_at) - Date.parse(b.updated_at),
		);

/** Seeds 250 contacts changed at distinct moments, oldest first. */
function seed250(): void {
	t.sim.state.contacts.clear();
	const contacts = t.sim.seedContacts(250);
	const start = Date.parse('2026-01-01T00:00:00.000Z');
	contacts.forEach((contact, index) => {
		t.sim.state.contacts.get(contact.id)!.updated_at = new Date(
			start + index * 60_000,
		).toISOString();
	});
}

/** Edits a contact (as a PUT would) right after the first page was answered. */
function editAfterFirstPage(pick: (ordered: Rec[]) => Rec, updatedAt: string): void {
	t.sim.faults.add({
		method: 'GET',
		path: '/contacts',
		skip: 1,
		action: {
			mutate: () => {
				const contact = pick(byUpdatedAt());
				contact.title = 'Edited while the node paged';
				contact.updated_at = updatedAt;
			},
		},
	});
}

const getAll = (sort: string) => ({
	resource: 'contact',
	operation: 'getAll',
	returnAll: true,
	options: { sort },
});
const ids = (records: IDataObject[] | Rec[]) => records.map((record) => String(record.id));

describe('Return All sorted by Updated At while a record is edited', () => {
	it('oldest first, a page-1 contact edited between pages: all 250 returned, in the new order', async () => {
		seed250();
		const atIndex100 = String(byUpdatedAt()[100].id);
		editAfterFirstPage((ordered) => ordered[5], '2026-06-01T00:00:00.000Z');

		const result = await t.run(getAll('updated_at'));
		expect(result.error).toBeUndefined();
		const emitted = ids(jsonOf(result));
		expect(emitted).toHaveLength(250);
		expect(new Set(emitted).size).toBe(250);
		expect(emitted).toContain(atIndex100);
		// The order asked for, over the records as they are now (the edited one last).
		expect(emitted).toEqual(ids(byUpdatedAt()));
		expect(jsonOf(result).at(-1)?.title).toBe('Edited while the node paged');
		// Pages as asked for; the list changed under them, so it is read once more on a stable key.
		const calls = t.calls('GET', '/contacts').map((call) => [call.query.sort, call.query.offset]);
		expect(calls).toEqual([
			['updated_at', '0'],
			['updated_at', '100'],
			['updated_at', '200'],
			['created_at', '0'],
			['created_at', '100'],
			['created_at', '200'],
		]);
	});

	it('newest first, a page-3 contact edited to the top between pages: it is not lost', async () => {
		seed250();
		const edited = String(byUpdatedAt()[10].id); // position 239 of 250 newest first
		editAfterFirstPage((ordered) => ordered[10], '2026-06-01T00:00:00.000Z');

		const result = await t.run(getAll('-updated_at'));
		expect(result.error).toBeUndefined();
		const emitted = ids(jsonOf(result));
		expect(new Set(emitted).size).toBe(250);
		expect(emitted[0]).toBe(edited);
		expect(emitted).toEqual(ids(byUpdatedAt()).reverse());
	});

	it('nothing changes while it pages: one pass, in the order asked for, as before', async () => {
		seed250();
		const result = await t.run(getAll('-updated_at'));
		expect(ids(jsonOf(result))).toEqual(ids(byUpdatedAt()).reverse());
		expect(t.calls('GET', '/contacts').map((call) => call.query.sort)).toEqual([
			'-updated_at',
			'-updated_at',
			'-updated_at',
		]);
	});
});
