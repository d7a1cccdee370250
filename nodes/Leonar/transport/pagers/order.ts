/**
 * The order a list was asked for (`sort=a,-b` in the query, or `sort_by`/`sort_direction` in a
 * search body), whether it can change while the node pages (any field but `created_at`/`id`
 * can: an edit moves the record), the same request on a stable order, and putting records
 * into the asked order on the node's side (the API's conventions: dates as instants, text
 * without case, nulls last in either direction, ties by id).
 */

import type { IDataObject } from 'n8n-workflow';

import type { LeonarRequest } from '../types';

export interface SortKey {
	field: string;
	desc: boolean;
}

/** Fields whose value never changes, so that paging on them cannot skip a record. */
const STABLE_FIELDS = new Set(['created_at', 'id']);
const STABLE_SORT = 'created_at';

/** The order the request asks for; undefined when it asks for none (the API's default). */
export function requestedOrder(request: LeonarRequest): SortKey[] | undefined {
	const sort = request.qs?.sort;
	if (typeof sort === 'string' && sort.trim()) {
		return sort
			.split(',')
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => ({ field: part.replace(/^[-+]/, ''), desc: part.startsWith('-') }));
	}
	const sortBy = request.body?.sort_by;
	if (typeof sortBy === 'string' && sortBy) {
		return [{ field: sortBy, desc: request.body?.sort_direction !== 'asc' }];
	}
	return undefined;
}

/** Whether paging in this order can skip a record when one is edited while the node pages. */
export function isMutableOrder(order: SortKey[] | undefined): order is SortKey[] {
	return !!order && order.some((key) => !STABLE_FIELDS.has(key.field));
}

/** The same request, ordered by creation (oldest first): new records come last, edits do not move. */
export function withStableOrder<T extends LeonarRequest>(request: T): T {
	if (typeof request.qs?.sort === 'string')
		return { ...request, qs: { ...request.qs, sort: STABLE_SORT } };
	return { ...request, body: { ...request.body, sort_by: STABLE_SORT, sort_direction: 'asc' } };
}

type Value = number | string | null;

function valueOf(record: IDataObject, field: string): Value {
	const value = record[field];
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'string') {
		const time = /^\d{4}-\d\d-\d\d/.test(value) ? Date.parse(value) : NaN;
		return Number.isNaN(time) ? value.toLowerCase() : time;
	}
	return JSON.stringify(value);
}

function compareValues(a: Value, b: Value, desc: boolean): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	const result = typeof a === typeof b ? (a < b ? -1 : 1) : String(a) < String(b) ? -1 : 1;
	return desc ? -result : result;
}

/** Compares two records in the asked order (ties by id). */
export function compareRecords(order: SortKey[], a: IDataObject, b: IDataObject): number {
	for (const { field, desc } of order) {
		const result = compareValues(valueOf(a, field), valueOf(b, field), desc);
		if (result !== 0) return result;
	}
	return compareValues(valueOf(a, 'id'), valueOf(b, 'id'), false);
}

/** Whether two records (two versions of one) have the same values for every key of the order. */
export const sameKeys = (order: SortKey[], a: IDataObject, b: IDataObject) =>
	order.every(({ field }) => valueOf(a, field) === valueOf(b, field));

/**
 * Merges a read in the asked order that the data changed under (`paged`) with a complete read
 * on a stable order (`complete`): every record of either, once, in its latest version. Records
 * whose sort value did not change keep the API's own order; the others (edited, or missed by
 * the first read) are put where the asked order places them.
 */
export function mergeInOrder(
	order: SortKey[],
	paged: IDataObject[],
	complete: IDataObject[],
): IDataObject[] {
	const latest = new Map(complete.map((record) => [record.id, record]));
	const merged: IDataObject[] = [];
	const moved: IDataObject[] = [];
	const placed = new Set<unknown>();
	for (const record of paged) {
		const now = latest.get(record.id);
		placed.add(record.id);
		if (!now) merged.push(record);
		else if (sameKeys(order, record, now)) merged.push(now);
		else moved.push(now);
	}
	for (const record of complete) if (!placed.has(record.id)) moved.push(record);
	for (const record of moved) {
		let low = 0;
		let high = merged.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compareRecords(order, merged[middle], record) <= 0) low = middle + 1;
			else high = middle;
		}
		merged.splice(low, 0, record);
	}
	return merged;
}
