/**
 * Chaos suite, list paths: every pager (offset, page, cursor) under every fault. A fault hits
 * the second page (the first one has already been read), so that recovering means carrying on
 * from the right place. Each cell proves: every record that existed for the whole read is
 * emitted, none twice, nothing emitted that never existed, the calls stay under a stated bound,
 * the time stays under a bound, and a failure says what happened and what to do.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { Rec } from '../simulator';
import { jsonOf, locator, useSimulator, watchInFlight } from '../support';
import type { Fault, Target } from './faults';
import { COMMON_FAULTS, settle, windowUsedUp } from './faults';
import { Matrix } from './matrix';

const t = useSimulator();

interface ListPath {
	name: string;
	target: Omit<Target, 'skip'>;
	/** Prepares the data; returns the parameters of the run. */
	setup(): INodeParameters;
	/** Ids of the records the list should return right now. */
	ids(): string[];
	idOf(json: IDataObject): string;
	insert(n: number): void;
	/** Deletes n records the first page has already returned. */
	remove(n: number): void;
	/**
	 * Edits a record the first page has already returned, as a PUT would. Where the path can
	 * be sorted by Updated At (`sortedByUpdatedAt`, its node options), the edit moves the record
	 * to the end and the records behind it one place towards the start.
	 */
	edit(): void;
	sortedByUpdatedAt?: INodeParameters;
	/** Return All takes the concurrent route (the pages after the first, a few at a time). */
	concurrent?: boolean;
	/** Calls of a clean read of n records (default: one per 100). */
	cleanCalls?: (n: number) => number;
}

const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
const account = () =>
	[...t.sim.state.connectedAccounts.values()].find((a) => a.api_status.recruiter === 'active')!;
const cloneProfile = (source: Rec, k: number): Rec => ({
	...structuredClone(source),
	profile_id: `chaos-${k}-${Math.random().toString(36).slice(2, 8)}`,
	linkedin_url: `https://www.linkedin.com/in/chaos-${k}-${Math.random().toString(36).slice(2, 8)}`,
});
const profileIds = () => t.sim.state.sourcingProfiles.map((p) => String(p.profile_id));
const profilePath = (
	name: string,
	operation: string,
	path: string,
	extra: () => INodeParameters,
): ListPath => ({
	name,
	target: { method: 'POST', path },
	setup: () => ({
		resource: 'sourcing',
		operation,
		projectId: locator(project().id),
		returnAll: true,
		...extra(),
	}),
	ids: profileIds,
	idOf: (json) => String(json.profile_id),
	insert: (n) =>
		t.sim.state.sourcingProfiles.unshift(
			...Array.from({ length: n }, (_, k) => cloneProfile(t.sim.state.sourcingProfiles[k], k)),
		),
	remove: (n) => void t.sim.state.sourcingProfiles.splice(0, n),
	edit: () => {
		t.sim.state.sourcingProfiles[5].headline = 'Edited while the node paged';
	},
});

/** Contact Get Many, Return All, over `n` contacts (offset pager). */
const contactPath = (name: string, n: number, extra: Partial<ListPath> = {}): ListPath => ({
	name,
	target: { method: 'GET', path: '/contacts' },
	setup: () => {
		t.sim.state.contacts.clear();
		t.sim.seedContacts(n);
		return { resource: 'contact', operation: 'getAll', returnAll: true };
	},
	ids: () =>
		[...t.sim.state.contacts.values()].filter((c) => !c.archived_at).map((c) => String(c.id)),
	idOf: (json) => String(json.id),
	insert: (k) => void t.sim.seedContacts(k),
	remove: (k) => {
		const newest = [...t.sim.state.contacts.values()].sort((a, b) =>
			a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? 1 : -1,
		);
		for (const record of newest.slice(0, k)) t.sim.state.contacts.delete(record.id);
	},
	edit: () => {
		const oldest = [...t.sim.state.contacts.values()]
			.filter((c) => !c.archived_at)
			.sort((a, b) =>
				a.updated_at === b.updated_at
					? a.id < b.id
						? -1
						: 1
					: Date.parse(a.updated_at) - Date.parse(b.updated_at),
			);
		oldest[5].title = 'Edited while the node paged';
		oldest[5].updated_at = new Date(Date.now() + 60_000).toISOString();
	},
	sortedByUpdatedAt: { sort: 'updated_at' },
	...extra,
});

const PATHS: ListPath[] = [
	contactPath('offset: contact getAll (250)', 250),
	// 750 records: page 1, then 7 pages of 100 at offsets 99, 198, …, 693 (each overlapping the
	// one before by a record), read up to 5 at a time (transport/pagers/concurrent.ts).
	contactPath('offset, concurrent pages: contact getAll (750)', 750, {
		concurrent: true,
		cleanCalls: (n) => 1 + Math.ceil((n - 100) / 99),
	}),
	profilePath('page: sourcing search (320)', 'search', '/sourcing/search', () => ({
		sourceType: 'leonar_source',
	})),
	profilePath(
		'cursor: sourcing linkedinSearch (320)',
		'linkedinSearch',
		'/sourcing/linkedin/search',
		() => ({
			accountId: account().id,
		}),
	),
];

const LIST_FAULTS: Fault[] = [
	...COMMON_FAULTS,
	{
		name: '429 until the window resets in 1–2 s (Max Rate Limit Wait 3 s)',
		rules: windowUsedUp,
		options: { maxRateLimitWait: 3 },
	},
	{
		name: 'empty page, has_more: true',
		rules: (target) => [{ ...target, action: { emptyPageHasMore: true } }],
	},
	{
		name: '7 records inserted between pages',
		rules: (target) => [{ ...target, action: { mutate: () => pathNow!.insert(7) } }],
	},
	{
		name: '3 records deleted between pages',
		rules: (target) => [{ ...target, action: { mutate: () => pathNow!.remove(3) } }],
	},
	{
		name: '1 record edited between pages (sorted by updated_at)',
		rules: (target) => [{ ...target, action: { mutate: () => pathNow!.edit() } }],
		sortedByUpdatedAt: true,
	},
];
let pathNow: ListPath | undefined;

interface Expectation {
	ok: boolean;
	/** Exact number of calls on top of the pages a clean read takes (ok), or in all (failure). */
	calls: (pages: number) => number;
	message?: string;
	description?: RegExp[];
	/** Upper bound on the run's duration. */
	maxMs: number;
}

/**
 * The concurrent route (page 1, then 7 pages of 100 at offsets 99, 198, …, 693, up to 5 in
 * flight), where it differs from a sequential read. The fault hits the second request the API
 * receives: one of the first 5 later pages, all asked at once. `pages` is the 8 calls of a clean
 * read. The other faults cost what they cost sequentially: the 429 burst lands on 3 pages in
 * flight (each waits for the reset, the waits overlap, and is asked again once), the 500 and the
 * 502s on one and two pages, the slow page is given up after 1 s and asked again, and a dropped
 * connection or malformed or truncated JSON makes that page be asked again once.
 */
function concurrentExpectation(fault: string): Expectation | undefined {
	switch (fault) {
		case '503 always':
			// Every later page fails: the 5 pages in flight each take their 3 attempts (their
			// retries run side by side), then the first page that failed for good stops the
			// read: pages 7 and 8 are never asked, and nothing is left running. Page 1 + 5 × 3.
			return {
				ok: false,
				calls: () => 1 + 5 * 3,
				message: 'Leonar had a server error (HTTP 503)',
				description: [/kept failing after retries/, /Try again in a few minutes/],
				maxMs: 5000,
			};
		case '429 until the window resets in 1–2 s (Max Rate Limit Wait 3 s)':
			// The 5 pages in flight each get the 429 and wait for the same reset, side by side:
			// the run waits 1.25–2.25 s, within its 3 s, as a sequential read would. Then each is
			// asked again, and pages 7 and 8 follow: 5 more calls.
			return { ok: true, calls: (pages) => pages + 5, maxMs: 4000 };
		case 'empty page, has_more: true':
			// An empty page where the total says 100 records does not fit, like a short page:
			// the concurrent read drops its pages and the list is read again one page after
			// another (8 pages; the empty page does not come again). 8 + 8.
			return { ok: true, calls: (pages) => pages + 8, maxMs: 4000 };
		case '7 records inserted between pages':
		case '3 records deleted between pages':
		case '1 record edited between pages (sorted by updated_at)':
			// The pages after the change report another total (757, 747) or a boundary that does
			// not match (the edit moved the records behind it): the list changed under the read,
			// so it is read again one page after another (757 or 747 records: 8 pages), with
			// nothing changing any more. 8 + 8.
			return { ok: true, calls: (pages) => pages + 8, maxMs: 4000 };
		default:
			return undefined;
	}
}

function expectationFor(fault: string, path: ListPath): Expectation {
	const concurrent = path.concurrent ? concurrentExpectation(fault) : undefined;
	if (concurrent) return concurrent;
	switch (fault) {
		case '429 burst (3 in a row, reset ≤1 s)':
			return { ok: true, calls: (pages) => pages + 3, maxMs: 6000 };
		case '500 once':
			return { ok: true, calls: (pages) => pages + 1, maxMs: 4000 };
		case '502 twice':
			return { ok: true, calls: (pages) => pages + 2, maxMs: 5000 };
		case '503 always':
			return {
				ok: false,
				// Page 1, then 3 attempts at page 2.
				calls: () => 4,
				message: 'Leonar had a server error (HTTP 503)',
				description: [/kept failing after retries/, /Try again in a few minutes/],
				maxMs: 5000,
			};
		case 'slow (1.5 s > Timeout 1 s)':
			return { ok: true, calls: (pages) => pages + 1, maxMs: 6000 };
		case '429 until the window resets in 1–2 s (Max Rate Limit Wait 3 s)':
			// Page 2 gets the 429, waits for the reset (1.25–2.25 s of the 3 s) and is asked again.
			return { ok: true, calls: (pages) => pages + 1, maxMs: 4000 };
		case '7 records inserted between pages':
			return { ok: true, calls: (pages) => pages, maxMs: 4000 };
		case '1 record edited between pages (sorted by updated_at)':
			// Offset, sorted by updated_at: the edit moves a read record to the end and one
			// record behind it into page 1; the list changed under the read, so it is read once
			// more in creation order (pages again). Profile searches have no such order: the
			// edit moves nothing.
			return {
				ok: true,
				calls: (pages) => (path.sortedByUpdatedAt ? 2 * pages : pages),
				maxMs: 4000,
			};
		case '3 records deleted between pages':
			// Offset and page: the page the shrink could have skipped past is read again (one
			// more call). Cursor: it cannot step back, so the search is read once more from the
			// start (two more calls: pages 1 and 2 again).
			return {
				ok: true,
				calls: (pages) => pages + (path.name.startsWith('cursor') ? 2 : 1),
				maxMs: 4000,
			};
		default:
			return { ok: true, calls: (pages) => pages + 1, maxMs: 4000 };
	}
}

/** Calls of a clean read of the path's records. */
const cleanCalls = (path: ListPath): number =>
	(path.cleanCalls ?? ((n: number) => Math.ceil(n / 100)))(path.ids().length);

const matrix = new Matrix(
	'lists',
	LIST_FAULTS.map((f) => f.name),
	PATHS.map((p) => p.name),
);
afterAll(() => matrix.flush());

describe.each(PATHS)('chaos on $name', (path) => {
	it('clean run: the baseline the faults are measured against', async () => {
		const parameters = path.setup();
		const inFlight = path.concurrent ? watchInFlight(t.sim, path.target) : undefined;
		const result = await t.run(parameters);
		expect(result.error).toBeUndefined();
		expect(new Set(jsonOf(result).map(path.idOf))).toEqual(new Set(path.ids()));
		const calls = t.calls(path.target.method, path.target.path);
		const pages = calls.length;
		expect(pages).toBe(cleanCalls(path));
		if (path.concurrent) {
			// The concurrent route: page 1, then pages overlapping the one before by a record,
			// more than one of them in flight at once.
			const offsets = calls.map((c) => Number(c.query.offset)).sort((a, b) => a - b);
			expect(offsets).toEqual(calls.map((_, k) => k * 99));
			expect(inFlight!.max()).toBeGreaterThan(1);
			expect(inFlight!.max()).toBeLessThanOrEqual(5);
		}
		matrix.record({ fault: '(none)', path: path.name, outcome: `ok (${pages} calls)`, ms: 0 });
	});

	it.each(LIST_FAULTS)('$name', async (fault) => {
		pathNow = path;
		const parameters = path.setup();
		const pages = cleanCalls(path);
		const before = new Set(path.ids());
		for (const rule of fault.rules({ ...path.target, skip: 1 })) t.sim.faults.add(rule);
		const expected = expectationFor(fault.name, path);

		const started = Date.now();
		const sorted = fault.sortedByUpdatedAt ? path.sortedByUpdatedAt : undefined;
		const result = await t.run({ ...parameters, options: { ...fault.options, ...sorted } });
		const ms = Date.now() - started;
		if (path.concurrent) {
			// Nothing left running once the node returned or threw: no request still being
			// answered (but the slow one the node gave up on at its Timeout), none arriving after
			// it threw (a retry waits at most 1 s). A rejection nobody handles meanwhile fails
			// the test (jest-circus reports it as the running test's error).
			const known = t.sim.log.length;
			const pending = t.sim.log.filter(
				(e) => e.status === null && e.fault !== 'drop' && !e.fault?.startsWith('delay'),
			);
			expect(pending).toEqual([]);
			if (result.error) {
				await sleep(1200);
				expect(t.sim.log.slice(known).map((e) => `${e.method} ${e.path}`)).toEqual([]);
			}
		}
		await settle(t.sim);

		const wire = t.calls(path.target.method, path.target.path);
		const calls = wire.length;
		// The concurrent path really took the concurrent route (page 2 starts at offset 99).
		if (path.concurrent) expect(wire.some((c) => c.query.offset === '99')).toBe(true);
		const emitted = jsonOf(result).map(path.idOf);
		const after = new Set(path.ids());
		const outcome = result.error
			? `failed clearly (${calls} call${calls === 1 ? '' : 's'})`
			: `ok (${calls} calls)`;
		matrix.record({ fault: fault.name, path: path.name, outcome, ms });

		// No infinite loop, bounded time.
		expect(calls).toBe(expected.calls(pages));
		expect(ms).toBeLessThan(expected.maxMs);
		if (expected.ok) {
			expect(result.error).toBeUndefined();
			// None duplicated.
			expect(new Set(emitted).size).toBe(emitted.length);
			// None lost: every record that existed for the whole read is there.
			const missing = [...before].filter((id) => after.has(id) && !emitted.includes(id));
			expect(missing).toEqual([]);
			// Nothing invented.
			expect(emitted.filter((id) => !before.has(id) && !after.has(id))).toEqual([]);
		} else {
			expect(result.items).toHaveLength(0);
			expect(result.error?.message).toBe(expected.message);
			for (const text of expected.description ?? [])
				expect(result.error?.description).toMatch(text);
		}
	});
});
