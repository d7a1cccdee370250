import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { leonarRequest, MAX_PAGE_SIZE } from '../Leonar/transport';
import type { DrainOptions, DrainResult, Feed } from './cursor';
import type { UnorderedRead } from './errors';
import { unorderedFeedError } from './errors';
import type { Cursor, Scan } from './window';
import { LOOK_BACK_MS, Position, markerTime } from './window';

/**
 * Reading a feed when Leonar ignores its time filter (`created_at=gte.…` is not in Leonar's
 * public documentation): the list comes back unfiltered, oldest first, and reading it from
 * the start each poll would cost one request per 100 records ever created and stall for good
 * beyond the page cap. Instead the feed is read newest first (`sort=-created_at`, documented)
 * from the top of the list down to the start of its look-back window, and what was not taken
 * yet is taken, oldest first, through the same Position as the ascending feed. So:
 * - each record version is taken once (the Position knows the ids of the window);
 * - a page is asked for by offset, overlapping the previous one by PAGE_OVERLAP records: a
 *   record created or changed meanwhile moves to the top (read again, skipped), and when
 *   records that left the list above shift the page past the last record passed, the page is
 *   asked for again further up, so none is skipped;
 * - a read that hits the page cap or the time budget keeps the records it took and where it
 *   is (`scan`: the new top, the last marker passed, the offset); the next poll goes on from
 *   there, then starts again from the top. Every poll moves on; the state stays bounded;
 * - the order is checked on every page: without it the records cannot be told apart, and the
 *   poll fails with `unorderedFeedError` instead of guessing.
 */

/** Records of the previous page read again at the start of the next one. */
const PAGE_OVERLAP = 5;
/** How long the trigger trusts that the filter is ignored before it checks again (one request). */
export const RECHECK_MS = 24 * 3600 * 1000;

export function serverDate(headers: Record<string, unknown>): Date {
	const raw = headers.date;
	const parsed = Date.parse(String(Array.isArray(raw) ? raw[0] : (raw ?? '')));
	return new Date(Number.isFinite(parsed) ? parsed : Date.now());
}

/**
 * Throws when a page is not in the order asked for (records without the marker aside):
 * newest first, or oldest first for 'oldestFirst'.
 */
export function assertOrder(
	ctx: IPollFunctions,
	feed: Feed,
	data: IDataObject[],
	when: UnorderedRead,
): void {
	const sign = when === 'oldestFirst' ? -1 : 1;
	let previous = Infinity;
	for (const record of data) {
		const time = sign * markerTime(record[feed.marker]);
		if (!Number.isFinite(time)) continue;
		if (time > previous) throw unorderedFeedError(ctx.getNode(), feed, when);
		previous = time;
	}
}

interface Passed {
	time: number;
	at: string;
	ids: Set<string>;
}

const isPassed = (passed: Passed | undefined, id: string, time: number) =>
	passed !== undefined && (time > passed.time || (time === passed.time && passed.ids.has(id)));

/** Already spent by this poll on the feed before it turned to this read. */
export interface Spent {
	requests: number;
	serverNow?: Date;
}

/** Reads the feed newest first from `from` (and its scan, if one is under way). */
export async function drainNewestFirst(
	ctx: IPollFunctions,
	feed: Feed,
	from: Cursor,
	options: DrainOptions,
	spent: Spent,
): Promise<DrainResult> {
	const lookBackMs = feed.lookBackMs ?? LOOK_BACK_MS;
	const { scan, unfiltered, ...plain } = from;
	let base = plain;
	let top = new Position(scan?.top ?? base, lookBackMs);
	let passed: Passed | undefined = scan?.below && {
		time: markerTime(scan.below.at),
		at: scan.below.at,
		ids: new Set(scan.below.ids),
	};
	let offset = scan?.offset ?? 0;
	let fromTop = !scan;
	let known = new Position(base, lookBackMs);
	let floor = windowTime(known);
	let { requests, serverNow } = spent;
	const records: IDataObject[] = [];
	const result = (cursor: Cursor, complete: boolean): DrainResult => ({
		records: records.reverse(),
		cursor: unfiltered === undefined ? cursor : { ...cursor, unfiltered },
		complete,
		serverNow: serverNow ?? new Date(),
		requests,
	});

	while (requests < options.maxPages) {
		if (
			requests > spent.requests &&
			options.deadline !== undefined &&
			Date.now() > options.deadline
		)
			break;
		const response = await leonarRequest.call(ctx, feed.endpoint, {
			pathParams: feed.pathParams,
			qs: { ...feed.qs, sort: `-${feed.marker}`, limit: MAX_PAGE_SIZE, offset },
		});
		requests++;
		serverNow ??= serverDate(response.headers);
		const data = Array.isArray(response.body.data) ? (response.body.data as IDataObject[]) : [];
		assertOrder(ctx, feed, data, 'poll');
		const first = data.find((record) => Number.isFinite(markerTime(record[feed.marker])));
		if (
			offset > 0 &&
			passed &&
			first &&
			!isPassed(passed, String(first.id), markerTime(first[feed.marker]))
		) {
			// Records above left the list: this page starts below the last record passed.
			offset = Math.max(0, offset - MAX_PAGE_SIZE);
			continue;
		}
		let reached = false;
		for (const record of data) {
			const id = String(record.id);
			const marker = record[feed.marker];
			const time = markerTime(marker);
			if (!Number.isFinite(time) || isPassed(passed, id, time)) continue;
			if (time < floor) {
				reached = true;
				break;
			}
			if (passed && time === passed.time) passed.ids.add(id);
			else passed = { time, at: marker as string, ids: new Set([id]) };
			if (options.stopAt?.(record, serverNow)) continue; // not in the feed yet
			if (known.has(id, time) || top.has(id, time)) continue;
			records.push(record);
			top.take(id, marker as string, time);
		}
		const meta = (response.body.meta ?? {}) as IDataObject;
		if (reached || meta.has_more !== true || data.length === 0) {
			if (fromTop || requests >= options.maxPages) return result(top.toCursor(), true);
			// A scan begun by an earlier poll is done: read what came on top since.
			base = top.toCursor();
			known = new Position(base, lookBackMs);
			top = new Position(base, lookBackMs);
			floor = windowTime(known);
			passed = undefined;
			offset = 0;
			fromTop = true;
			continue;
		}
		offset += Math.max(1, data.length - PAGE_OVERLAP);
	}
	const next: Scan = { top: top.toCursor(), offset };
	if (passed) next.below = { at: passed.at, ids: [...passed.ids] };
	return result({ ...base, scan: next }, false);
}

function windowTime(position: Position): number {
	const start = position.windowStart();
	return start === null ? -Infinity : markerTime(start);
}

/**
 * Once a day, while the feed is read newest first, one request asks whether Leonar now
 * honours the filter: the first record from the window start on, oldest first. One older
 * than that means the filter is still ignored; otherwise the feed goes back to the filter.
 */
export async function recheckFilter(
	ctx: IPollFunctions,
	feed: Feed,
	result: DrainResult,
): Promise<DrainResult> {
	const { cursor } = result;
	if (cursor.unfiltered === undefined || cursor.scan || !result.complete) return result;
	const now = result.serverNow;
	if (now.getTime() - Date.parse(cursor.unfiltered) < RECHECK_MS) return result;
	const start = new Position(cursor, feed.lookBackMs ?? LOOK_BACK_MS).windowStart();
	if (start === null) return { ...result, cursor: { ...cursor, unfiltered: now.toISOString() } };
	const response = await leonarRequest.call(ctx, feed.endpoint, {
		pathParams: feed.pathParams,
		qs: { ...feed.qs, [feed.marker]: `gte.${start}`, sort: feed.marker, limit: 1 },
	});
	const data = Array.isArray(response.body.data) ? (response.body.data as IDataObject[]) : [];
	const requests = result.requests + 1;
	if (markerTime(data[0]?.[feed.marker]) < markerTime(start)) {
		return { ...result, requests, cursor: { ...cursor, unfiltered: now.toISOString() } };
	}
	const honoured: Cursor = { ...cursor };
	delete honoured.unfiltered;
	return { ...result, requests, cursor: honoured };
}
