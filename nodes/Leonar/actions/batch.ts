import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { errorJson, withItemIndex } from './itemErrors';

/**
 * Runs a batching operation: reads and checks every input item first (so that bad input
 * fails before any request), groups the items by target (e.g. the sequence), and sends each
 * group in chunks of at most `chunkSize` values. Every input item gets exactly one output
 * item, in input order, paired with it; with Continue On Fail an item whose input is bad, or
 * whose chunk failed, gets `{ error }` and the other items go on.
 */

export interface PreparedItem<T> {
	/** Items with the same group go to the same call (e.g. the sequence id). */
	group: string;
	/**
	 * Items of a group with the same key and an identical value share one slot in the call
	 * (e.g. the contact id). The same key with another value goes into a following call, so
	 * that each value is really sent and each item reports Leonar's answer to its own value.
	 */
	key: string;
	value: T;
}

export interface Slot<T> {
	value: T;
	/** The input items this value came from. */
	itemIndexes: number[];
}

export interface BatchOptions<T> {
	chunkSize: number;
	/** Reads and validates one input item; throws for bad input. */
	prepare: (this: IExecuteFunctions, itemIndex: number) => PreparedItem<T>;
	/** Sends one chunk; returns one JSON per slot, in the order of the slots. */
	send: (
		this: IExecuteFunctions,
		group: string,
		slots: Array<Slot<T>>,
		firstItem: number,
	) => Promise<IDataObject[]>;
}

export async function runBatches<T>(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	options: BatchOptions<T>,
): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[][] = items.map(() => []);
	// Per group, rounds of slots: a round holds each key at most once; rounds are sent in order.
	const groups = new Map<string, Array<Map<string, Slot<T>>>>();

	for (let i = 0; i < items.length; i++) {
		let prepared: PreparedItem<T>;
		try {
			prepared = options.prepare.call(ctx, i);
		} catch (error) {
			const failure = withItemIndex(ctx, error, i);
			if (!ctx.continueOnFail()) throw failure;
			results[i] = [{ json: errorJson(failure), pairedItem: { item: i } }];
			continue;
		}
		let rounds = groups.get(prepared.group);
		if (!rounds) groups.set(prepared.group, (rounds = []));
		addToRounds(rounds, prepared, i);
	}

	let itemsSent = 0;
	for (const [group, rounds] of groups) {
		for (const slots of rounds.map((round) => [...round.values()])) {
			for (let start = 0; start < slots.length; start += options.chunkSize) {
				const chunk = slots.slice(start, start + options.chunkSize);
				const firstItem = Math.min(...chunk.flatMap((slot) => slot.itemIndexes));
				try {
					const outputs = await options.send.call(ctx, group, chunk, firstItem);
					chunk.forEach((slot, index) => {
						for (const itemIndex of slot.itemIndexes) {
							results[itemIndex] = [
								{ json: { ...outputs[index] }, pairedItem: { item: itemIndex } },
							];
							itemsSent++;
						}
					});
				} catch (error) {
					const failure = withItemIndex(ctx, error, firstItem);
					if (itemsSent > 0) {
						// The run stops here, but earlier calls went through: say so, so nobody assumes nothing happened.
						failure.description =
							`${failure.description ?? ''} ${itemsSent} item(s) in earlier calls of this run were already processed by Leonar; running the node again is safe for them (Leonar skips what is already done).`.trim();
					}
					if (!ctx.continueOnFail()) throw failure;
					const json = errorJson(failure);
					for (const itemIndex of chunk.flatMap((slot) => slot.itemIndexes)) {
						results[itemIndex] = [{ json: { ...json }, pairedItem: { item: itemIndex } }];
					}
				}
			}
		}
	}
	return results.flat();
}

/** Puts an item into the first round that has its key with the same value, or lacks the key. */
function addToRounds<T>(
	rounds: Array<Map<string, Slot<T>>>,
	prepared: PreparedItem<T>,
	itemIndex: number,
): void {
	const value = JSON.stringify(prepared.value);
	for (const round of rounds) {
		const slot = round.get(prepared.key);
		if (!slot) {
			round.set(prepared.key, { value: prepared.value, itemIndexes: [itemIndex] });
			return;
		}
		if (JSON.stringify(slot.value) === value) {
			slot.itemIndexes.push(itemIndex);
			return;
		}
	}
	rounds.push(new Map([[prepared.key, { value: prepared.value, itemIndexes: [itemIndex] }]]));
}

/**
 * The outcome all values of a call share, when the API's counts show it: e.g. `enrolled`
 * when every contact was enrolled. `mixed` when the counts are split; the counts are in the
 * output's `batch` field then.
 */
export function sharedOutcome(counts: IDataObject, size: number, keys: string[]): string {
	for (const key of keys) {
		if (Number(counts[key]) === size) return key;
	}
	return 'mixed';
}
