/**
 * Hard caps on what the trigger remembers per record (ids of replied contacts, stages of
 * candidates, due dates of tasks): the entries are kept in the order they were last set, and
 * at the cap the oldest are dropped. Each event documents what forgetting an entry means.
 */

/** Sets `key` as the newest entry. */
export function setNewest<T>(entries: Map<string, T>, key: string, value: T): void {
	entries.delete(key);
	entries.set(key, value);
}

/** Drops the oldest entries beyond `max`. */
export function keepNewest<T>(entries: Map<string, T>, max: number): void {
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
