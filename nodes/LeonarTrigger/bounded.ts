import type { IDataObject } from 'n8n-workflow';

/**
 * Keeping per-record state small (ids of replied contacts, stages of candidates, due dates
 * of tasks):
 * - entries are kept in the order they were last set, and beyond a hard cap the oldest are
 *   dropped (each event documents what forgetting an entry means);
 * - records that leave the feed without a trace (an archived contact, a removed pipeline
 *   entry) are forgotten by a reconciliation: once a day, the complete list of what still
 *   qualifies is read and every entry absent from it is dropped.
 */

/** How often the state is reconciled with the complete list (Leonar's clock). */
export const PRUNE_INTERVAL_MS = 24 * 3600 * 1000;

interface Keyed {
	readonly size: number;
	keys(): IterableIterator<string>;
	delete(key: string): boolean;
}

/** Sets `key` as the newest entry. */
export function setNewest<T>(entries: Map<string, T>, key: string, value: T): void {
	entries.delete(key);
	entries.set(key, value);
}

/** Drops the oldest entries beyond `max`. */
export function keepNewest(entries: Keyed, max: number): void {
	let excess = entries.size - max;
	for (const key of entries.keys()) {
		if (excess-- <= 0) break;
		entries.delete(key);
	}
}

/** A record's entries as a Map, in their saved order. */
export function toMap<T>(record: Record<string, T> | undefined): Map<string, T> {
	return new Map(Object.entries(record ?? {}));
}

/** A Map as a record for the static data, oldest first. */
export function toRecord<T>(entries: Map<string, T>): Record<string, T> {
	const record: Record<string, T> = {};
	for (const [key, value] of entries) record[key] = value;
	return record;
}

/** A reconciliation is due a day after the previous one (or watching began). */
export function reconcileDue(prunedAt: string | undefined, serverNow: Date): boolean {
	if (prunedAt === undefined) return false;
	const last = Date.parse(prunedAt);
	return !Number.isFinite(last) || serverNow.getTime() - last >= PRUNE_INTERVAL_MS;
}

/**
 * Forgets the entries absent from `current`, read with a limit of `max + 1` records: when
 * it holds more than `max`, it may not be complete and nothing is forgotten (the cap holds).
 */
export function forgetAbsent(entries: Keyed, current: IDataObject[], max: number): void {
	if (current.length > max) return;
	const present = new Set(current.map((record) => String(record.id)));
	for (const key of [...entries.keys()]) {
		if (!present.has(key)) entries.delete(key);
	}
}
