import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { reportedBudget } from '../transport/budget';

/**
 * The concurrency gate of per-item operations. An operation opts in with `concurrent` on
 * defineOperation; the router then runs its items a few at a time:
 *
 * - never more at once than the Concurrency option (default 5; 1 for creates, which run
 *   concurrently only when the user raises it);
 * - never more than the X-RateLimit-Remaining of the last answer of this run, divided by
 *   Concurrency (so several runs sharing the key do not overshoot the window together when it
 *   runs low); one at a time before the first answer and while the window is used up (the
 *   request loop then waits for the reset, as it always did);
 * - items are started in input order; items for the same record (same resource-locator
 *   values) of a write or create run one after another, in input order;
 * - without Continue On Fail, no item is started after an item failed, except earlier items
 *   still waiting for their record; the router then fails with the first failing item in
 *   input order.
 *
 * The output is assembled by the router in input order, so order and pairing are unchanged.
 */

/**
 * How an operation's items may run at once: `read` (no side effect), `write` (changes an
 * existing record: items for the same record keep their order), `create` (like write, and only
 * when the Concurrency option is raised above 1).
 */
export type ConcurrencyKind = 'read' | 'write' | 'create';

export const DEFAULT_CONCURRENCY = 5;
export const MAX_CONCURRENCY = 50;

const BUDGET_NOTE =
	"Never more than the requests Leonar's last answer says are left in the key's hourly window. The output keeps the order of the input items.";

/** The Concurrency option of an operation that opts in. */
export function concurrencyOption(kind: ConcurrencyKind): INodeProperties {
	if (kind === 'create') {
		return {
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			default: 1,
			description:
				"How many items may be created at once. 1 creates them one after another, in item order. More is faster, but the records are then created in no fixed order, and when an item fails, up to this many minus one later items may already have been created. Never more than the requests Leonar's last answer says are left in the key's hourly window.",
		};
	}
	return {
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
		default: DEFAULT_CONCURRENCY,
		description:
			kind === 'write'
				? `How many items may be sent to Leonar at once (1 = one after another); items for the same record still go one after another, in order. ${BUDGET_NOTE}`
				: `How many items may be sent to Leonar at once (1 = one after another). ${BUDGET_NOTE}`,
	};
}

/** Adds the Concurrency option to an operation's Options collection. */
export function withConcurrencyOption(
	properties: INodeProperties[],
	kind: ConcurrencyKind,
	operation: string,
): INodeProperties[] {
	const index = properties.findIndex((p) => p.name === 'options' && p.type === 'collection');
	if (index < 0) throw new Error(`Operation ${operation} runs concurrently but has no Options`);
	const options = properties[index];
	const merged = {
		...options,
		options: [...(options.options ?? []), concurrencyOption(kind)].sort((a, b) =>
			String((a as INodeProperties).displayName).localeCompare(
				String((b as INodeProperties).displayName),
			),
		),
	} as INodeProperties;
	return [...properties.slice(0, index), merged, ...properties.slice(index + 1)];
}

/** The Concurrency option of this run (read for the first item); refuses what is not 1–50. */
export function readConcurrency(ctx: IExecuteFunctions, kind: ConcurrencyKind | undefined): number {
	if (!kind) return 1;
	const fallback = kind === 'create' ? 1 : DEFAULT_CONCURRENCY;
	const raw = ctx.getNodeParameter('options.concurrency', 0, fallback) as unknown;
	const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < 1 ||
		value > MAX_CONCURRENCY
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			`"Concurrency" must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${JSON.stringify(raw) ?? String(raw)}`,
			{
				itemIndex: 0,
				description: `Set Concurrency (in Options) to how many items may be sent at once, e.g. ${DEFAULT_CONCURRENCY}, or 1 for one after another.`,
			},
		);
	}
	return value;
}

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Which record an item acts on: the values of the operation's resource locators for the item
 * (the ids in them, so an id and a Leonar link to the same record agree). Undefined when the
 * operation has no locator.
 */
export function recordKey(
	ctx: IExecuteFunctions,
	properties: INodeProperties[],
	itemIndex: number,
): string | undefined {
	const parts: string[] = [];
	for (const property of properties) {
		if (property.type !== 'resourceLocator') continue;
		let raw: unknown;
		try {
			raw = ctx.getNodeParameter(property.name, itemIndex, '', { extractValue: false });
		} catch {
			raw = undefined; // an expression that fails: the item's own run reports it
		}
		const value =
			raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
		const text = String(value ?? '').trim();
		const ids = text.toLowerCase().match(UUIDS);
		parts.push(`${property.name}=${ids ? ids.join(',') : text}`);
	}
	return parts.length ? parts.join('&') : undefined;
}

export type ItemOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface GateOptions {
	/** At most this many items at once. */
	concurrency: number;
	/** Start nothing after a failure (except earlier items still waiting for their record). */
	stopOnError: boolean;
	/** Items with the same key run one after another, in input order. */
	keyOf?: (itemIndex: number) => string | undefined;
}

/**
 * Runs `run(i)` for every item, at most `concurrency` and at most the reported budget at once.
 * Returns each item's outcome by index; an item never started (after a failure) has none.
 */
export async function runItems<T>(
	ctx: object,
	count: number,
	options: GateOptions,
	run: (itemIndex: number) => Promise<T>,
): Promise<Array<ItemOutcome<T> | undefined>> {
	const { concurrency, stopOnError } = options;
	const keyOf = concurrency > 1 ? options.keyOf : undefined;
	const outcomes: Array<ItemOutcome<T> | undefined> = new Array(count);
	let next = 0;
	/** Items whose record became free, ascending. */
	const ready: number[] = [];
	/** Record key → items waiting for it (the key is busy while it is listed). */
	const waiting = new Map<string, number[]>();
	const keys = new Map<number, string>();
	let inFlight = 0;
	let failedAt = Infinity;
	let lowest: { reset?: number; remaining: number } | undefined;

	/**
	 * Requests left as Leonar last said. Answers may arrive out of order, so within one window
	 * the lowest value seen counts (it only goes down until the reset).
	 */
	const budget = (): number | undefined => {
		const { remaining, reset } = reportedBudget(ctx);
		if (remaining === undefined) {
			lowest = undefined;
			return undefined;
		}
		const window = reset?.getTime();
		if (lowest && lowest.reset === window && lowest.remaining < remaining) return lowest.remaining;
		lowest = { reset: window, remaining };
		return remaining;
	};
	/**
	 * How many may be in flight now: Concurrency, but each request in flight must be covered
	 * Concurrency times by what is left (Remaining ÷ Concurrency). Other executions may share the
	 * key, and each only learns the window from its own answers: when the window runs low, every
	 * run falls back to one request at a time, so together they overshoot it by little. Always 1
	 * before the first answer and when the window is used up (the request loop waits for it).
	 */
	const allowed = (): number => {
		if (concurrency === 1) return 1;
		const left = budget();
		return Math.max(1, Math.min(concurrency, Math.floor((left ?? 0) / concurrency)));
	};

	const take = (): number | undefined => {
		for (;;) {
			const fromReady = ready.length ? ready[0] : Infinity;
			const fromNext = next < count ? next : Infinity;
			const itemIndex = Math.min(fromReady, fromNext);
			if (itemIndex === Infinity || itemIndex > failedAt) return undefined;
			if (itemIndex === fromReady) {
				ready.shift();
				return itemIndex;
			}
			next++;
			const key = keyOf?.(itemIndex);
			if (key === undefined) return itemIndex;
			keys.set(itemIndex, key);
			const queue = waiting.get(key);
			if (queue) {
				queue.push(itemIndex);
				continue;
			}
			waiting.set(key, []);
			return itemIndex;
		}
	};

	const release = (itemIndex: number) => {
		const key = keys.get(itemIndex);
		if (key === undefined) return;
		const queue = waiting.get(key) ?? [];
		const following = queue.shift();
		if (following === undefined) {
			waiting.delete(key);
			return;
		}
		const at = ready.findIndex((i) => i > following);
		ready.splice(at < 0 ? ready.length : at, 0, following);
	};

	return await new Promise((resolve) => {
		const pump = () => {
			while (inFlight < allowed()) {
				const itemIndex = take();
				if (itemIndex === undefined) break;
				inFlight++;
				Promise.resolve()
					.then(async () => await run(itemIndex))
					.then(
						(value) => {
							outcomes[itemIndex] = { ok: true, value };
						},
						(error: unknown) => {
							outcomes[itemIndex] = { ok: false, error };
							if (stopOnError) failedAt = Math.min(failedAt, itemIndex);
						},
					)
					.finally(() => {
						inFlight--;
						release(itemIndex);
						pump();
					});
			}
			if (inFlight === 0) resolve(outcomes);
		};
		pump();
	});
}
