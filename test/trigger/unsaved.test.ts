/**
 * n8n saves a polling trigger's static data at activation and after each poll that emits, not
 * after a poll that emits nothing. State changed by such a poll is lost if n8n restarts before
 * the next emitting poll. These tests poll the way n8n saves: `pollAsN8n` throws away the
 * "persisted" state of a poll that emitted nothing.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Poller } from '../harness/poll';
import { MAX_STAGES } from '../../nodes/LeonarTrigger/events/entries';
import { locator } from '../support';
import { Tally, useTrigger } from './support';

const t = useTrigger();

const ids = (records: Array<{ id?: unknown }>) => records.map((record) => String(record.id));

/** One poll after activation (n8n saves the activation); its state is saved only if it emitted. */
async function pollAsN8n(poller: Poller): Promise<IDataObject[]> {
	const saved = JSON.parse(JSON.stringify(poller.persisted)) as IDataObject;
	const items = await poller.pollOk();
	if (!items.length) poller.persisted = saved;
	return items;
}

describe('Candidate Moved', () => {
	const setup = () => {
		const project = [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
		const stages = project.pipeline.stages.map((stage: IDataObject) =>
			String(stage.id),
		) as string[];
		const entries = [...t.sim.state.entries.values()].filter(
			(entry) => entry.project_id === project.id,
		);
		return { project, stages, entries };
	};
	const move = async (projectId: string, entryId: string, stageId: string) => {
		t.tick(60_000);
		return await t.api('PUT', `/projects/${projectId}/entries/${entryId}/stage`, {
			stage_id: stageId,
		});
	};

	test('moved out of the chosen stage (not emitted, not saved), n8n restarts, moved back: reported once', async () => {
		const { project, stages, entries } = setup();
		const entry = entries[0];
		const target = String(entry.stage_id);
		const other = stages.find((stage) => stage !== target)!;
		let poller = t.poller({
			event: 'candidateMoved',
			projectId: locator(project.id),
			stageId: target,
		});
		expect(await poller.pollOk()).toEqual([]); // activation: saved
		await move(project.id, entry.id, other);
		expect(await pollAsN8n(poller)).toEqual([]); // the move out: not emitted, the state not saved
		await move(project.id, entry.id, target);
		poller = poller.restart();
		const tally = new Tally();
		expect(ids(tally.add(await pollAsN8n(poller)))).toEqual([entry.id]);
		expect(tally.items[0]).toMatchObject({ stage: { id: target }, previous_stage_id: null });
		expect(await pollAsN8n(poller)).toEqual([]);
		expect(tally.duplicates()).toEqual([]);
	});

	test('any stage: added (not emitted, not saved), n8n restarts, then moved: reported once', async () => {
		const { project, stages, entries } = setup();
		const contact = [...t.sim.state.contacts.values()].find(
			(c) => !c.archived_at && !entries.some((e) => e.contact_id === c.id),
		)!;
		let poller = t.poller({ event: 'candidateMoved', projectId: locator(project.id) });
		await poller.pollOk(); // activation: saved
		t.tick(60_000);
		const added = await t.api('POST', `/projects/${project.id}/entries`, {
			contact_id: contact.id,
			stage_id: stages[0],
		});
		expect(await pollAsN8n(poller)).toEqual([]); // an addition is not a move: not emitted, not saved
		poller = poller.restart();
		await move(project.id, String(added.id), stages[2]);
		const moves = await pollAsN8n(poller);
		expect(moves.map((item) => [item.id, (item.stage as IDataObject).id])).toEqual([
			[added.id, stages[2]],
		]);
		expect(await pollAsN8n(poller)).toEqual([]);
	});

	test('out of the chosen stage and back between two polls (no restart): a move into it', async () => {
		const { project, stages, entries } = setup();
		const entry = entries[0];
		const target = String(entry.stage_id);
		const other = stages.find((stage) => stage !== target)!;
		const poller = t.poller({
			event: 'candidateMoved',
			projectId: locator(project.id),
			stageId: target,
		});
		await poller.pollOk();
		await move(project.id, entry.id, other);
		await move(project.id, entry.id, target);
		expect(ids(await poller.pollOk())).toEqual([entry.id]);
		// A later edit of it (not a move) is not reported.
		t.tick(60_000);
		await t.api('PUT', `/projects/${project.id}/entries/${entry.id}`, { rating: 5 });
		expect(await poller.pollOk()).toEqual([]);
	});

	test('any stage: away and back between two polls is one move, previous stage unknown (null)', async () => {
		const { project, stages, entries } = setup();
		const entry = entries[0];
		const original = String(entry.stage_id);
		const poller = t.poller({ event: 'candidateMoved', projectId: locator(project.id) });
		await poller.pollOk();
		await move(project.id, entry.id, stages.find((stage) => stage !== original)!);
		await move(project.id, entry.id, original);
		const moves = await poller.pollOk();
		expect(
			moves.map((item) => [item.id, (item.stage as IDataObject).id, item.previous_stage_id]),
		).toEqual([[entry.id, original, null]]);
		expect(await poller.pollOk()).toEqual([]);
	});

	test(`a candidate forgotten at the cap (${MAX_STAGES} per project): its move is still reported, an edit is not`, async () => {
		t.sim.setRateLimit({ limit: 100000 });
		const { project, stages } = setup();
		const stage = stages[0];
		const contacts = t.sim.seedContacts(MAX_STAGES + 1);
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
		for (const [label, stageId] of [
			['any', undefined],
			['chosen', stage],
		] as const) {
			const poller = t.poller({
				event: 'candidateMoved',
				projectId: locator(project.id),
				...(stageId ? { stageId } : {}),
			});
			await poller.pollOk();
			const remembered = (poller.nodeState().projects as Record<string, IDataObject>)[project.id]
				.stages as IDataObject;
			expect([label, added[0] in remembered]).toEqual([label, false]);
			t.tick(60_000);
			await t.api('PUT', `/projects/${project.id}/entries/${added[0]}`, { rating: 3 });
			expect([label, await poller.pollOk()]).toEqual([label, []]);
		}
		const poller = t.poller({ event: 'candidateMoved', projectId: locator(project.id) });
		await poller.pollOk();
		await move(project.id, added[0], stages[1]);
		const moves = await poller.pollOk();
		expect(moves.map((item) => [item.id, item.previous_stage_id])).toEqual([[added[0], null]]);
	});
});

describe('Contact Replied (documented limitation)', () => {
	test('left replied and back, with a restart between: the API shows the same as an edit while replied, so it is not reported', async () => {
		const [edited, back] = [...t.sim.state.contacts.values()].filter(
			(contact) => !contact.archived_at && contact.global_status !== 'replied',
		);
		for (const contact of [edited, back])
			await t.api('PUT', `/contacts/${contact.id}`, { global_status: 'replied' });
		let poller = t.poller({ event: 'contactReplied' });
		await poller.pollOk(); // activation: saved
		t.tick(60_000);
		await t.api('PUT', `/contacts/${back.id}`, { global_status: 'qualified' });
		expect(await pollAsN8n(poller)).toEqual([]); // it left replied: not emitted, not saved
		t.tick(60_000);
		await t.api('PUT', `/contacts/${back.id}`, { global_status: 'replied' });
		await t.api('PUT', `/contacts/${edited.id}`, { title: 'edited while replied' });
		// Everything Leonar returns that could tell the two apart is the same: the status, one
		// updated_at for both, no archive, and a last_contacted_at neither history touched.
		const seen = await Promise.all(
			[edited, back].map((contact) => t.api('GET', `/contacts/${contact.id}`)),
		);
		const shape = (contact: IDataObject) => [
			contact.global_status,
			contact.updated_at,
			contact.archived_at,
		];
		expect(shape(seen[1])).toEqual(shape(seen[0]));
		expect(seen.map((contact) => contact.last_contacted_at)).toEqual([
			edited.last_contacted_at,
			back.last_contacted_at,
		]);
		poller = poller.restart();
		expect(await pollAsN8n(poller)).toEqual([]);
	});
});
