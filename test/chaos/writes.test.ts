/**
 * Chaos suite, write paths: a create (POST), a batch (sequence enroll, 700 items = 2 calls of
 * 500 + 200, the fault hitting the second call), an update (PUT) and an archive (DELETE), under
 * every fault. Each cell proves: no record created or enrolled twice (counted in the
 * simulator's state after it has answered everything, including requests the node gave up
 * on), the calls stay under a stated bound, the time under a bound, and a failure says what
 * happened and what to do; a write that may have gone through is never repeated blindly.
 */
import type { INodeParameters } from 'n8n-workflow';

import type { RunExtras } from '../support';
import { locator, useSimulator } from '../support';
import type { Fault, Target } from './faults';
import { COMMON_FAULTS, settle } from './faults';
import { Matrix } from './matrix';

const t = useSimulator();

interface WritePath {
	name: string;
	/** Safe to repeat (PUT, DELETE): retried like a read. */
	repeatable: boolean;
	/** Prepares the data; returns the run and the request the fault aims at. */
	setup(): { parameters: INodeParameters; extras?: RunExtras; target: Target; clean: number };
	/** Checks the simulator's state after the run: nothing done twice, and all of it when ok. */
	verify(ok: boolean, fault: string): void;
}

const NAME = 'Chaos Ada';
const liveContact = () =>
	[...t.sim.state.contacts.values()].find(
		(c) => !c.archived_at && c.global_status !== 'do_not_contact',
	)!;
let subject = '';
let enrolled: string[] = [];

const PATHS: WritePath[] = [
	{
		name: 'create: contact create (POST)',
		repeatable: false,
		setup: () => ({
			parameters: { resource: 'contact', operation: 'create', firstName: NAME },
			target: { method: 'POST', path: '/contacts', skip: 0 },
			clean: 1,
		}),
		verify(ok, fault) {
			const created = [...t.sim.state.contacts.values()].filter(
				(c) => c.first_name === NAME,
			).length;
			// A create the API processed before its answer got lost exists once; never twice.
			const processedAnyway = ['slow (1.5 s > Timeout 1 s)', 'truncated JSON'].includes(fault);
			expect(created).toBe(ok || processedAnyway ? 1 : 0);
		},
	},
	{
		name: 'batch: sequence enroll 700 (POST)',
		repeatable: false,
		setup: () => {
			const sequence = [...t.sim.state.sequences.values()][1];
			subject = String(sequence.id);
			enrolled = t.sim.seedContacts(700).map((c) => String(c.id));
			return {
				parameters: {
					resource: 'sequence',
					operation: 'enroll',
					sequenceId: locator('={{ $json.sequence }}'),
					contactId: locator('={{ $json.contact }}'),
				},
				extras: { input: enrolled.map((contact) => ({ sequence: subject, contact })) },
				target: { method: 'POST', path: `/sequences/${subject}/enroll`, skip: 1 },
				clean: 2,
			};
		},
		verify(ok, fault) {
			const mine = [...t.sim.state.enrollments.values()].filter(
				(e) => e.sequence_id === subject && enrolled.includes(String(e.contact_id)),
			);
			const perContact = new Map<string, number>();
			for (const e of mine)
				perContact.set(String(e.contact_id), (perContact.get(String(e.contact_id)) ?? 0) + 1);
			expect([...perContact.values()].filter((n) => n > 1)).toEqual([]);
			const processedAnyway = ['slow (1.5 s > Timeout 1 s)', 'truncated JSON'].includes(fault);
			// The first call (500 contacts) went through; the second (200) only when it was answered or processed.
			expect(mine).toHaveLength(ok || processedAnyway ? 700 : 500);
		},
	},
	{
		name: 'update: contact update (PUT)',
		repeatable: true,
		setup: () => {
			subject = String(liveContact().id);
			return {
				parameters: {
					resource: 'contact',
					operation: 'update',
					contactId: locator(subject),
					updateFields: { title: 'Chaos CTO' },
				},
				target: { method: 'PUT', path: `/contacts/${subject}`, skip: 0 },
				clean: 1,
			};
		},
		verify(ok) {
			if (ok) expect(t.sim.state.contacts.get(subject)?.title).toBe('Chaos CTO');
			expect(t.sim.state.contacts.size).toBe(60);
		},
	},
	{
		name: 'archive: contact archive (DELETE)',
		repeatable: true,
		setup: () => {
			subject = String(liveContact().id);
			return {
				parameters: { resource: 'contact', operation: 'archive', contactId: locator(subject) },
				target: { method: 'DELETE', path: `/contacts/${subject}`, skip: 0 },
				clean: 1,
			};
		},
		verify(ok) {
			if (ok) expect(t.sim.state.contacts.get(subject)?.archived_at).toEqual(expect.any(String));
			expect(t.sim.state.contacts.size).toBe(60);
		},
	},
];

interface Expectation {
	ok: boolean;
	/** Calls to the faulted request beyond the one a clean run makes. */
	extraCalls: number;
	message?: string;
	description?: RegExp[];
	maxMs: number;
}

const CHECK_FIRST = /check in Leonar whether it went through before running it again/;

function expectationFor(fault: string, path: WritePath): Expectation {
	if (fault === '429 burst (3 in a row, reset ≤1 s)') {
		// A 429 was not processed: even a create is sent again after the wait.
		return { ok: true, extraCalls: 3, maxMs: 6000 };
	}
	const server = /^(50\d)/.exec(fault)?.[1];
	if (path.repeatable) {
		if (fault === '503 always') {
			return {
				ok: false,
				extraCalls: 2,
				message: 'Leonar had a server error (HTTP 503)',
				description: [/kept failing after retries/, /Try again in a few minutes/],
				maxMs: 5000,
			};
		}
		return { ok: true, extraCalls: fault === '502 twice' ? 2 : 1, maxMs: 5000 };
	}
	// A create or a batch: never repeated once it may have reached Leonar.
	const failure = (message: string, ...description: RegExp[]): Expectation => ({
		ok: false,
		extraCalls: 0,
		message,
		description,
		maxMs: 4000,
	});
	if (server)
		return failure(`Leonar had a server error (HTTP ${server})`, /did not repeat it/, CHECK_FIRST);
	switch (fault) {
		case 'slow (1.5 s > Timeout 1 s)':
			return failure(
				'Leonar did not answer in time',
				/Raise "Timeout"/,
				/was not repeated/,
				CHECK_FIRST,
			);
		case 'dropped connection':
			return failure(
				'The connection to Leonar failed before an answer arrived',
				/was not repeated/,
				CHECK_FIRST,
			);
		default:
			return failure(
				'Leonar sent a response that is not valid JSON',
				/cut off or garbled/,
				/was not repeated/,
				CHECK_FIRST,
			);
	}
}

const matrix = new Matrix(
	'writes',
	COMMON_FAULTS.map((f) => f.name),
	PATHS.map((p) => p.name),
);
afterAll(() => matrix.flush());

describe.each(PATHS)('chaos on $name', (path) => {
	it.each(COMMON_FAULTS)('$name', async (fault: Fault) => {
		const { parameters, extras, target, clean } = path.setup();
		for (const rule of fault.rules(target)) t.sim.faults.add(rule);
		const expected = expectationFor(fault.name, path);

		const started = Date.now();
		const result = await t.run({ ...parameters, options: { ...fault.options } }, extras);
		const ms = Date.now() - started;
		await settle(t.sim);

		const calls = t.calls(
			target.method,
			typeof target.path === 'string' ? target.path : undefined,
		).length;
		const outcome = result.error
			? `failed clearly (${calls} call${calls === 1 ? '' : 's'})`
			: `ok (${calls} calls)`;
		matrix.record({ fault: fault.name, path: path.name, outcome, ms });

		expect(calls).toBe(clean + expected.extraCalls);
		expect(ms).toBeLessThan(expected.maxMs);
		if (expected.ok) {
			expect(result.error).toBeUndefined();
			const inputs = extras?.input?.length ?? 1;
			expect(result.items).toHaveLength(inputs);
			result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		} else {
			expect(result.error?.message).toBe(expected.message);
			for (const text of expected.description ?? [])
				expect(result.error?.description).toMatch(text);
			// The error names the item whose request failed (the first of the failed batch call).
			expect(result.error?.context?.itemIndex).toBe(target.skip ? 500 : 0);
			// A batch that stops after an earlier call went through says so.
			if (target.skip)
				expect(result.error?.description).toContain(
					'500 item(s) in earlier calls of this run were already processed',
				);
		}
		path.verify(expected.ok, fault.name);
	});
});
