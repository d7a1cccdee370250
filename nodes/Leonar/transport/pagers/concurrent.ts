/**
 * Return All with pages asked concurrently, once the first page gave the total. Each later
 * page starts one record before the previous one ends (offset k·99, limit 100), so that every
 * boundary can be checked: the first record of a page must be the last one of the page before.
 * When every boundary matches, every page reports the first page's total and the last page
 * ends the list, the pages join into the exact list (a record that existed for the whole read
 * lies between two boundary records, so the page holding both holds it). Anything else (a
 * record inserted, deleted or moved meanwhile, a short or empty page) is reported as
 * `undefined`, and the caller reads the list sequentially instead.
 */

import type { IDataObject } from 'n8n-workflow';

import { CONCURRENT_PAGES, MAX_PAGE_SIZE, MAX_PAGES } from '../constants';
import type { Endpoint } from '../endpoints';
import { leonarRequest } from '../request';
import type { LeonarContext, LeonarRequest, LeonarResponse } from '../types';

/** Records each later page shares with the one before it. */
const OVERLAP = 1;
const STRIDE = MAX_PAGE_SIZE - OVERLAP;
/**
 * Fewer later pages than this are read one after another: concurrency would save a round trip
 * or two, and the overlap can cost a call more than sequential pages.
 */
const MIN_LATER_PAGES = CONCURRENT_PAGES;

interface Page {
	data: IDataObject[];
	total?: number;
	hasMore: boolean;
}

function pageOf(body: IDataObject): Page {
	const meta = (body.meta ?? {}) as IDataObject;
	return {
		data: Array.isArray(body.data) ? (body.data as IDataObject[]) : [],
		total: typeof meta.total === 'number' ? meta.total : undefined,
		hasMore: meta.has_more === true,
	};
}

function remainingOf(headers: Record<string, unknown>): number | undefined {
	const header = headers['x-ratelimit-remaining'];
	const raw = Array.isArray(header) ? header[0] : header;
	if (raw === undefined || raw === null || raw === '') return undefined;
	const value = Number(raw);
	return Number.isFinite(value) ? value : undefined;
}

/** How many pages after the first a list of `total` records needs with the overlap. */
export function laterPages(total: number): number {
	return total <= MAX_PAGE_SIZE ? 0 : Math.ceil((total - MAX_PAGE_SIZE) / STRIDE);
}

/**
 * Whether the first page allows a concurrent read: it says there is more, reports a total,
 * is full, and the window has room for the remaining pages (the API said how much).
 */
export function canReadConcurrently(first: LeonarResponse): boolean {
	const page = pageOf(first.body);
	if (!page.hasMore || page.total === undefined || page.data.length !== MAX_PAGE_SIZE) return false;
	const pages = laterPages(page.total);
	const remaining = remainingOf(first.headers);
	return (
		pages >= MIN_LATER_PAGES &&
		pages < MAX_PAGES &&
		remaining !== undefined &&
		remaining >= pages &&
		CONCURRENT_PAGES > 1
	);
}

/**
 * Reads the pages after `first` with at most CONCURRENT_PAGES requests in flight, and never
 * more than the API last said are left. Returns the whole list in the API's order, or
 * undefined when the list changed while it was read (the caller then reads sequentially).
 * `inspect` sees each later page as it arrives (the caller has seen the first).
 */
export async function readConcurrently(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest,
	pageInBody: boolean | undefined,
	first: LeonarResponse,
	inspect?: (records: IDataObject[]) => void,
): Promise<IDataObject[] | undefined> {
	const head = pageOf(first.body);
	const total = head.total as number;
	const count = laterPages(total);
	const pages: Page[] = [head];
	let remaining = remainingOf(first.headers) ?? 0;
	let next = 1;
	let inFlight = 0;
	let failure: { error: unknown } | undefined;

	const ask = async (k: number): Promise<void> => {
		const paging = { limit: MAX_PAGE_SIZE, offset: k * STRIDE };
		const response = await leonarRequest.call(this, endpoint, {
			...request,
			qs: pageInBody ? request.qs : { ...request.qs, ...paging },
			body: pageInBody ? { ...request.body, ...paging } : request.body,
		});
		const left = remainingOf(response.headers);
		if (left !== undefined) remaining = left;
		const page = pageOf(response.body);
		// A page that fails the caller's check stops the read: no page is asked after it.
		inspect?.(page.data);
		pages[k] = page;
	};
	const worker = async (): Promise<void> => {
		while (!failure && next <= count) {
			// Never more in flight than the window has room for; one at a time when it is full
			// (the request itself then waits for the window, as a sequential read would).
			if (inFlight > 0 && inFlight >= remaining) return;
			const k = next++;
			inFlight++;
			try {
				await ask(k);
			} catch (error) {
				failure ??= { error };
			} finally {
				inFlight--;
			}
		}
	};
	// Workers that stop early (window nearly full) are replaced while pages remain.
	while (!failure && next <= count) {
		const width = Math.max(1, Math.min(CONCURRENT_PAGES, remaining, count - next + 1));
		await Promise.all(Array.from({ length: width }, worker));
	}
	if (failure) throw failure.error;
	return join(pages, total);
}

/** The pages joined without their overlap, or undefined when a boundary or a total does not fit. */
function join(pages: Page[], total: number): IDataObject[] | undefined {
	const records: IDataObject[] = [];
	const seen = new Set<unknown>();
	const last = pages.length - 1;
	for (let k = 0; k <= last; k++) {
		const page = pages[k];
		const expected = k === last ? total - k * STRIDE : MAX_PAGE_SIZE;
		if (page.total !== total || page.data.length !== expected || page.hasMore !== k < last)
			return undefined;
		if (k > 0) {
			const before = pages[k - 1].data[MAX_PAGE_SIZE - 1].id;
			if (before === undefined || page.data[0].id !== before) return undefined;
		}
		for (const record of k === 0 ? page.data : page.data.slice(OVERLAP)) {
			const id = record.id;
			if (id === undefined || seen.has(id)) return undefined;
			seen.add(id);
			records.push(record);
		}
	}
	return records;
}
