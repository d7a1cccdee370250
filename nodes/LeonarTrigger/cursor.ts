import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { leonarRequest, MAX_PAGE_SIZE } from '../Leonar/transport';
import type { Endpoint } from '../Leonar/transport/endpoints';
import { assertOrder, drainNewestFirst, recheckFilter, serverDate } from './newestFirst';
import type { Cursor } from './window';
import { LOOK_BACK_MS, Position, markerTime } from './window';

export type { Cursor } from './window';
export { LOOK_BACK_MS, MAX_LOOK_BACK_RECORDS, markerTime } from './window';

/**
 * Exact change feeds over Leonar's list endpoints.
 *
 * A feed is a list endpoint read in ascending order of one "marker" field (`created_at`,
 * `updated_at`, `closed_at`, `due_date`). Its position is a cursor: the marker value of the
 * last record taken (`at`) plus the ids of every record taken AT that value (`ids`). A poll
 * asks for `marker=gte.<at>&sort=marker` and skips the ids it already took at `at`, so:
 * - records that share one timestamp are neither lost (gte, not gt) nor repeated (ids);
 * - a record that changes while the poll pages gets a new marker and moves to the END of the
 *   ascending order, where this poll or the next one reads it; and since every page is asked
 *   again from the cursor (keyset paging, not a growing offset), records moving away cannot
 *   shift an unread record past the reader;
 * - the cursor is exact after every record, so a poll that stops early (page cap, time budget)
 *   can commit what it took and the next poll goes on from there;
 * - the first page of a poll starts LOOK_BACK_MS before `at` (see ./window.ts), so a record
 *   committed late with an earlier marker is still taken, once. While pages stay inside that
 *   window they follow each other by offset; once a page goes past `at`, paging is keyset
 *   again from the new `at`.
 */

export interface Feed {
	endpoint: Endpoint;
	pathParams?: Record<string, string>;
	/** The field the feed is ordered and filtered on. */
	marker: string;
	/** Further query parameters (filters) of every request. */
	qs?: IDataObject;
	/** How far before the watermark each poll reads again (default LOOK_BACK_MS); 0 for day markers. */
	lookBackMs?: number;
}

export interface DrainOptions {
	/** Stop (complete) at the first record for which this is true; it and all after it stay unread. */
	stopAt?: (record: IDataObject, serverNow: Date) => boolean;
	/** Pages this drain may read before it stops and leaves the rest to the next poll. */
	maxPages: number;
	/** Epoch ms after which no further page is asked for. */
	deadline?: number;
}

export interface DrainResult {
	/** The records taken, in feed order (ascending marker). */
	records: IDataObject[];
	cursor: Cursor;
	/** False when the drain stopped at the page cap or the deadline with more to read. */
	complete: boolean;
	/** Leonar's clock, from the `Date` header of the first answer (the local clock without it). */
	serverNow: Date;
	requests: number;
}

/** Records read again per page at the cursor's timestamp (see `nextOffset`). */
const OVERLAP = MAX_PAGE_SIZE / 2;

const lookBackOf = (feed: Feed) => feed.lookBackMs ?? LOOK_BACK_MS;

/**
 * Reads a feed from the cursor on; returns the new records and where the feed now stands.
 * When Leonar answers a time filter with records older than the time asked for, it ignores
 * the filter: the feed is read newest first instead (./newestFirst.ts), at once, and the
 * cursor remembers it (`unfiltered`), so the next polls go straight there; once a day one
 * request checks whether the filter works again.
 */
export async function drain(
	ctx: IPollFunctions,
	feed: Feed,
	from: Cursor,
	options: DrainOptions,
): Promise<DrainResult> {
	if (from.unfiltered !== undefined) {
		const result = await drainNewestFirst(ctx, feed, from, options, { requests: 0 });
		return await recheckFilter(ctx, feed, result);
	}
	const ascending = await drainAscending(ctx, feed, from, options);
	if (!('ignored' in ascending)) return ascending;
	const { requests, serverNow } = ascending;
	return await drainNewestFirst(
		ctx,
		feed,
		{ ...from, unfiltered: serverNow.toISOString() },
		options,
		{ requests, serverNow },
	);
}

/** The ascending read found the time filter ignored after `requests` requests. */
interface FilterIgnored {
	ignored: true;
	requests: number;
	serverNow: Date;
}

async function drainAscending(
	ctx: IPollFunctions,
	feed: Feed,
	from: Cursor,
	options: DrainOptions,
): Promise<DrainResult | FilterIgnored> {
	const position = new Position(from, lookBackOf(feed));
	// Inside the look-back window, pages follow each other by offset from its start.
	const windowStart = position.windowStart();
	const watermark = position.atTime;
	let scanning = windowStart !== null && windowStart !== position.at;
	const records: IDataObject[] = [];
	let serverNow: Date | undefined;
	let offset = 0;
	let requests = 0;
	const result = (complete: boolean): DrainResult => ({
		records,
		cursor: position.toCursor(),
		complete,
		serverNow: serverNow ?? new Date(),
		requests,
	});

	for (let page = 0; page < options.maxPages; page++) {
		if (page > 0 && options.deadline !== undefined && Date.now() > options.deadline) break;
		const lower = scanning ? windowStart : position.at;
		const lowerTime = lower === null ? -Infinity : markerTime(lower);
		const qs: IDataObject = { ...feed.qs, sort: feed.marker, limit: MAX_PAGE_SIZE, offset };
		if (lower !== null) qs[feed.marker] = `gte.${lower}`;
		const response = await leonarRequest.call(ctx, feed.endpoint, {
			pathParams: feed.pathParams,
			qs,
		});
		requests++;
		serverNow ??= serverDate(response.headers);
		const data = Array.isArray(response.body.data) ? (response.body.data as IDataObject[]) : [];
		// Older than the filter asked for: Leonar ignored it (records out of order then say
		// nothing yet about the sort asked for newest first).
		if (data.some((record) => markerTime(record[feed.marker]) < lowerTime))
			return { ignored: true, requests, serverNow };
		assertOrder(ctx, feed, data, 'oldestFirst');
		let fresh = 0;
		for (const record of data) {
			const id = String(record.id);
			const marker = record[feed.marker];
			const time = markerTime(marker);
			if (!Number.isFinite(time)) continue;
			if (options.stopAt?.(record, serverNow)) return result(true);
			if (position.has(id, time)) continue;
			fresh++;
			records.push(record);
			position.take(id, marker as string, time);
		}
		const meta = (response.body.meta ?? {}) as IDataObject;
		if (meta.has_more !== true || data.length === 0) return result(true);
		if (scanning && position.atTime === watermark) {
			offset += data.length;
		} else {
			scanning = false;
			offset = nextOffset(offset, fresh, data.length, position.ids.size);
		}
	}
	return result(false);
}

/**
 * The next page is asked again from the cursor (`gte.<at>`), whose first records are the
 * ones already taken at `at`. Re-reading them all would be quadratic when very many records
 * share one timestamp, skipping them all would lose one if such a record changed meanwhile:
 * skip all but OVERLAP of them. A page with nothing new moves on regardless (no endless loop).
 */
function nextOffset(
	offset: number,
	fresh: number,
	pageLength: number,
	takenAtCursor: number,
): number {
	if (fresh === 0) return offset + pageLength;
	return Math.max(0, takenAtCursor - OVERLAP);
}

/** Newest first; records without the marker excluded (a descending sort may put nulls first). */
function newestFirst(feed: Feed): IDataObject {
	const qs: IDataObject = { ...feed.qs, sort: `-${feed.marker}` };
	qs[feed.marker] ??= 'is.not_null';
	return qs;
}

/**
 * Where a feed stands "now": just after its newest record, with every record sharing that
 * record's timestamp, and those of the look-back window before it, marked as taken. Null
 * cursor position when the feed is empty.
 */
export async function cursorAtLatest(
	ctx: IPollFunctions,
	feed: Feed,
	maxPages: number,
): Promise<Cursor> {
	return (await latestPosition(ctx, feed, maxPages)).cursor;
}

/** `cursorAtLatest`, with Leonar's clock (the `Date` header of its first answer). */
export async function latestPosition(
	ctx: IPollFunctions,
	feed: Feed,
	maxPages: number,
): Promise<{ cursor: Cursor; serverNow: Date }> {
	let position: Position | undefined;
	let serverNow: Date | undefined;
	let offset = 0;
	for (let page = 0; page < maxPages; page++) {
		const { body, headers } = await leonarRequest.call(ctx, feed.endpoint, {
			pathParams: feed.pathParams,
			qs: { ...newestFirst(feed), limit: MAX_PAGE_SIZE, offset },
		});
		serverNow ??= serverDate(headers);
		const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
		assertOrder(ctx, feed, data, 'activation');
		let older = false;
		for (const record of data) {
			const marker = record[feed.marker];
			const time = markerTime(marker);
			if (!Number.isFinite(time)) continue;
			position ??= new Position({ at: marker as string, ids: [], recent: {} }, lookBackOf(feed));
			if (!position.within(time)) {
				older = true;
				break;
			}
			position.take(String(record.id), marker as string, time);
		}
		const meta = (body.meta ?? {}) as IDataObject;
		if (!position || older || meta.has_more !== true || data.length === 0) break;
		// The whole page lies in the window: read on (a little overlap, in case records moved).
		offset += Math.max(1, data.length - OVERLAP);
	}
	return {
		cursor: position ? position.toCursor() : { at: null, ids: [] },
		serverNow: serverNow ?? new Date(),
	};
}

/** The newest records of a feed (for "Fetch Test Event"), newest first. */
export async function newest(ctx: IPollFunctions, feed: Feed, count = 20): Promise<IDataObject[]> {
	const { body } = await leonarRequest.call(ctx, feed.endpoint, {
		pathParams: feed.pathParams,
		qs: { ...newestFirst(feed), limit: count, offset: 0 },
	});
	const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	return data.filter((record) => Number.isFinite(markerTime(record[feed.marker])));
}
