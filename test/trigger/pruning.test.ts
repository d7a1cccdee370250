/**
 * The state stays small: "Contact Replied" forgets contacts that left Leonar's lists (archived),
 * "Candidate Moved" forgets entries removed from the project, both within a day (one
 * reconciliation a day, at most one project per poll), and both are capped.
 */
import type { IDataObject } from 'n8n-workflow';

import { PRUNE_INTERVAL_MS } from '../../nodes/LeonarTrigger/bounded';
import { MAX_REPLIED } from '../../nodes/LeonarTrigger/events/contacts';
import { MAX_STAGES } from '../../nodes/LeonarTrigger/events/entries';
import type { Rec } from '../simulator';
import { locator } from '../support';
import { useTrigger } from './support';

const t = useTrigger();

const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));
const activeContacts = () =>
	[...t.sim.state.contacts.values()].filter((contact) => !contact.archived_at);
const activeProjects = () =>
	[...t.sim.state.projects.values()].filter((project) => project.status === 'active');
const stagesOf = (state: IDataObject, projectId: string) =>
	((state.projects as Record<string, IDataObject>)[projectId].stages ?? {}) as Record<
		string,
		string
	>;

/** Polls; returns the items and the number of requests the poll sent. */
async function counted(poller: { pollOk(): Promise<IDataObject[]> }) {
	const before = t.sim.log.length;
	const items = await poller.pollOk();
	return { items, requests: t.sim.log.length - before };
}

test('reconciliation happens once a day', () => {
	expect(PRUNE_INTERVAL_MS).toBe(24 * 3600 * 1000);
});

describe('Contact Replied', () => {
	test('a replied contact that is archived is forgotten within a day; back and replied, it is reported', async () => {
		const [gone, stays] = activeContacts();
		for (const contact of [gone, stays])
			await t.api('PUT', `/contacts/${contact.id}`, { global_status: 'replied' });
		const poller = t.poller({ event: 'contactReplied' });
		await poller.pollOk();
		t.tick(60_000);
		await t.api('DELETE', `/contacts/${gone.id}`); // archived: it never shows in the feed again
		expect(await counted(poller)).toEqual({ items: [], requests: 1 });
		expect(poller.nodeState().replied).toContain(gone.id);
		t.tick(PRUNE_INTERVAL_MS);
		expect(await counted(poller)).toEqual({ items: [], requests: 2 }); // the feed + the replied list
		expect(poller.nodeState().replied).not.toContain(gone.id);
		expect(poller.nodeState().replied).toContain(stays.id);
		expect(await counted(poller)).toEqual({ items: [], requests: 1 });
		t.tick(60_000);
		await t.api('PUT', `/contacts/${gone.id}`, { global_status: 'replied' });
		expect(ids(await poller.pollOk())).toEqual([gone.id]);
	});

	test(`at most ${MAX_REPLIED} ids: the earliest replied are forgotten, and one edited is reported again (documented)`, async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const seeded: Rec[] = [];
		for (let i = -5; i < MAX_REPLIED; i += i < 0 ? 5 : 100) {
			t.tick(1000); // batches of one instant: 5, then 100 at a time
			seeded.push(...t.sim.seedContacts(i < 0 ? 5 : 100, { global_status: 'replied' }));
		}
		const poller = t.poller({ event: 'contactReplied' });
		await poller.pollOk();
		const replied = poller.nodeState().replied as string[];
		expect(replied.length).toBe(MAX_REPLIED);
		const newest = new Set(ids(seeded.slice(-MAX_REPLIED)));
		expect(replied.every((id) => newest.has(id))).toBe(true);
		// One more reply: reported, the state stays at the cap.
		t.tick(60_000);
		const [fresh] = activeContacts().filter((contact) => contact.global_status !== 'replied');
		await t.api('PUT', `/contacts/${fresh.id}`, { global_status: 'replied' });
		expect(ids(await poller.pollOk())).toEqual([fresh.id]);
		expect((poller.nodeState().replied as string[]).length).toBe(MAX_REPLIED);
		// Edited while replied: a remembered contact is not a new reply, a forgotten one is.
		const forgotten = String(seeded[0].id);
		t.tick(60_000);
		await t.api('PUT', `/contacts/${String(seeded.at(-1)!.id)}`, { title: 'edited' });
		expect(await poller.pollOk()).toEqual([]);
		t.tick(60_000);
		await t.api('PUT', `/contacts/${forgotten}`, { title: 'edited' });
		expect(ids(await poller.pollOk())).toEqual([forgotten]);
	});
});

describe('Candidate Moved', () => {
	const entriesOf = (projectId: string) =>
		[...t.sim.state.entries.values()].filter((entry) => entry.project_id === projectId);

	test('an entry removed from the project is forgotten within a day (any stage, and a chosen stage)', async () => {
		const project = activeProjects()[0];
		const stages = project.pipeline.stages.map((stage: IDataObject) =>
			String(stage.id),
		) as string[];
		const target = String(entriesOf(project.id)[0].stage_id);
		const any = t.poller({ event: 'candidateMoved', projectId: locator(project.id) });
		const chosen = t.poller({
			event: 'candidateMoved',
			projectId: locator(project.id),
			stageId: target,
		});
		await any.pollOk();
		await chosen.pollOk();
		const [removed, kept] = entriesOf(project.id); // removed is in the chosen stage
		expect(stagesOf(chosen.nodeState(), project.id)).toHaveProperty(removed.id);
		t.tick(60_000);
		await t.api('DELETE', `/projects/${project.id}/entries/${removed.id}`);
		for (const poller of [any, chosen])
			expect(await counted(poller)).toEqual({ items: [], requests: 1 });
		expect(stagesOf(any.nodeState(), project.id)).toHaveProperty(removed.id);
		t.tick(PRUNE_INTERVAL_MS);
		for (const poller of [any, chosen]) {
			expect(await counted(poller)).toEqual({ items: [], requests: 2 }); // the feed + the entry list
			expect(stagesOf(poller.nodeState(), project.id)).not.toHaveProperty(removed.id);
			expect(await counted(poller)).toEqual({ items: [], requests: 1 });
		}
		expect(stagesOf(any.nodeState(), project.id)).toHaveProperty(kept.id);
		expect(stages.length).toBeGreaterThan(1);
	});

	test('watching every project: at most one project is reconciled per poll', async () => {
		const projects = activeProjects();
		expect(projects.length).toBe(2);
		const poller = t.poller({ event: 'candidateMoved' });
		await poller.pollOk();
		t.tick(60_000);
		const removed = projects.map((project) => entriesOf(project.id)[0]);
		for (const entry of removed)
			await t.api('DELETE', `/projects/${String(entry.project_id)}/entries/${String(entry.id)}`);
		t.tick(PRUNE_INTERVAL_MS);
		const still = () =>
			removed.filter(
				(entry) => String(entry.id) in stagesOf(poller.nodeState(), String(entry.project_id)),
			).length;
		expect(await counted(poller)).toEqual({ items: [], requests: 1 + projects.length + 1 });
		expect(still()).toBe(1);
		expect(await counted(poller)).toEqual({ items: [], requests: 1 + projects.length + 1 });
		expect(still()).toBe(0);
		expect(await counted(poller)).toEqual({ items: [], requests: 1 + projects.length });
	});

	test(`at most ${MAX_STAGES} candidates per project: the earliest added are forgotten`, async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const project = activeProjects()[0];
		const stage = String(project.pipeline.stages[0].id);
		const contacts = t.sim.seedContacts(MAX_STAGES + 5);
		const added: string[] = [];
		contacts.forEach((contact, i) => {
			const when = new Date(t.sim.clock.now() + i).toISOString();
			const id = `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
			t.sim.state.entries.set(id, {
				id,
				project_id: project.id,
				contact_id: contact.id,
				stage_id: stage,
				rating: null,
				notes: null,
				rejection_reason_id: null,
				stage_changed_at: when,
				created_at: when,
				updated_at: when,
			});
			added.push(id);
		});
		t.tick(MAX_STAGES + 60_000);
		const poller = t.poller({ event: 'candidateMoved', projectId: locator(project.id) });
		await poller.pollOk();
		const remembered = Object.keys(stagesOf(poller.nodeState(), project.id));
		expect(remembered.length).toBe(MAX_STAGES);
		expect(remembered).not.toContain(added[0]);
		expect(remembered).toContain(added.at(-1));
	});
});
