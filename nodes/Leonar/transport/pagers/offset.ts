/**
 * The offset pager: reads a list endpoint (`limit`/`offset`, `meta.has_more`) to its end, to a
 * limit, or down to the first record a caller's condition stops at (a window at its start).
 */

import type { IDataObject } from 'n8n-workflow';

import { MAX_EMPTY_PAGES, MAX_PAGE_SIZE, MAX_PAGES } from '../constants';
import type { Endpoint } from '../endpoints';
import { emptyPageError, tooManyPagesError } from '../errors';
import { leonarRequest } from '../request';
import type { LeonarContext, LeonarRequest, LeonarResponse } from '../types';
import { canReadConcurrently, readConcurrently } from './concurrent';
import { isMutableOrder, mergeInOrder, requestedOrder, sameKeys, withStableOrder } from './order';

export interface ListOptions extends LeonarRequest {
	/** Stop after this many records; undefined = all of them. */
	limit?: number;
	/** Send `limit`/`offset` in the JSON body (POST searches) instead of the query string. */
	pageInBody?: boolean;
	/**
	 * Sees the records of each page as it arrives, before the next page is asked (pages read
	 * concurrently may arrive out of order); throwing stops the read. A caller checks there
	 * that Leonar honoured its filters on the first page, not after the whole list.
	 */
	inspect?: (records: IDataObject[]) => void;
	/**
	 * Reads only the start of the list: stops at the first record this returns true for (it
	 * and the records after it are not returned); `previous` is the record read before it in
	 * the same pass. See `readWindow`.
	 */
	until?: Until;
}

type Until = (record: IDataObject, previous: IDataObject | undefined) => boolean;

/** How one read pages: its limit, where the paging goes, the page hook, a first page read already. */
interface Paging {
	limit?: number;
	pageInBody?: boolean;
	inspect?: (records: IDataObject[]) => void;
	until?: Until;
	first?: LeonarResponse;
}

interface Read {
	records: IDataObject[];
	/** The list changed while it was read: a record seen twice, or the total moved. */
	changed: boolean;
	/** The total the last page reported. */
	total?: number;
}

/**
 * Reads a list endpoint page by page (offset/limit, `meta.has_more`), asking for at most
 * 100 records a call and never more than still needed. A record already emitted (same id)
 * is not emitted again, which guards against pages shifting while records are created.
 *
 * Return All in an order that can change while the node pages (e.g. by Updated At): an edit
 * moves the record, and a record behind it can shift into a page already read and be skipped.
 * When the read shows that the list changed under it, the list is read once more in creation
 * order (where edits move nothing and new records come last), and the records missed are put
 * where the asked order places them: no record that existed for the whole run is lost.
 */
export async function leonarApiRequestAllItems(
	this: LeonarContext,
	endpoint: Endpoint,
	options: ListOptions = {},
): Promise<IDataObject[]> {
	const { limit, pageInBody, inspect, until, ...request } = options;
	const paging: Paging = { limit, pageInBody, inspect };
	if (until) return await readWindow.call(this, endpoint, request, { ...paging, until });
	const read =
		limit === undefined
			? await readAll.call(this, endpoint, request, paging)
			: await readPages.call(this, endpoint, request, paging);
	const order = requestedOrder(request);
	const incomplete = read.total !== undefined && read.records.length < read.total;
	if (limit !== undefined || !isMutableOrder(order) || !(read.changed || incomplete))
		return read.records;
	const stable = await readAll.call(this, endpoint, withStableOrder(request), paging);
	return mergeInOrder(order, read.records, stable.records);
}

/**
 * The start of a list, down to the record `until` stops at: pages one after another (never
 * concurrently, never more than needed), and never the whole list again in a stable order.
 * When the list changed while it was read in an order that edits change (newest first by
 * Updated At: a record edited or created meanwhile moved to the start, possibly from a page
 * not read yet, and shifted the others), the start is read once more down to the first record
 * already read with the same sort values, and those versions replace the ones read before:
 * each record once, in its newest version.
 */
async function readWindow(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest,
	paging: Paging & { until: Until },
): Promise<IDataObject[]> {
	const read = await readPages.call(this, endpoint, request, paging);
	const order = requestedOrder(request);
	if (!read.changed || !isMutableOrder(order)) return read.records;
	const before = new Map(read.records.map((record) => [record.id, record]));
	const unchanged = (record: IDataObject) => {
		const old = before.get(record.id);
		return old !== undefined && sameKeys(order, old, record);
	};
	const top = await readPages.call(this, endpoint, request, {
		...paging,
		limit: undefined,
		until: (record, previous) => unchanged(record) || paging.until(record, previous),
	});
	const fresh = new Set(top.records.map((record) => record.id));
	return [...top.records, ...read.records.filter((record) => !fresh.has(record.id))];
}

/**
 * Return All: the first page, then the others concurrently when the first page allows it
 * (pagers/concurrent.ts). When the list changed while the pages were read, it is read again
 * sequentially from the start, which is exact the way it always was.
 */
async function readAll(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest,
	paging: Paging,
): Promise<Read> {
	const { pageInBody, inspect } = paging;
	const first = await leonarRequest.call(
		this,
		endpoint,
		pageRequest(request, pageInBody, MAX_PAGE_SIZE, 0),
	);
	if (!canReadConcurrently(first))
		return await readPages.call(this, endpoint, request, { pageInBody, inspect, first });
	inspect?.(recordsOf(first.body));
	const records = await readConcurrently.call(this, endpoint, request, pageInBody, first, inspect);
	if (records) return { records, changed: false, total: records.length };
	return await readPages.call(this, endpoint, request, { pageInBody, inspect });
}

const recordsOf = (body: IDataObject): IDataObject[] =>
	Array.isArray(body.data) ? (body.data as IDataObject[]) : [];

/** The request for one page (`limit`/`offset` in the query, or in the body of a search). */
function pageRequest(
	request: LeonarRequest,
	pageInBody: boolean | undefined,
	limit: number,
	offset: number,
): LeonarRequest {
	const paging = { limit, offset };
	return {
		...request,
		qs: pageInBody ? request.qs : { ...request.qs, ...paging },
		body: pageInBody ? { ...request.body, ...paging } : request.body,
	};
}

async function readPages(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest,
	paging: Paging,
): Promise<Read> {
	const { limit, pageInBody, inspect, until, first } = paging;
	const records: IDataObject[] = [];
	const seen = new Set<unknown>();
	let offset = 0;
	let previousTotal: number | undefined;
	let emptyPages = 0;
	let changed = false;
	let previous: IDataObject | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const wanted =
			limit === undefined ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, limit - records.length);
		if (wanted <= 0) return { records, changed, total: previousTotal };
		// The first page of a Return All may have been read already (offset 0, 100 records).
		const { body } =
			page === 0 && first
				? first
				: await leonarRequest.call(
						this,
						endpoint,
						pageRequest(request, pageInBody, wanted, offset),
					);
		const data = recordsOf(body);
		const meta = (body.meta ?? {}) as IDataObject;
		const total = typeof meta.total === 'number' ? meta.total : undefined;
		if (previousTotal !== undefined && total !== undefined && total !== previousTotal)
			changed = true;
		// Records deleted since the last page shift the later ones towards the start, so this
		// page may have started past some record: read it again, before emitting anything of
		// it, from as many places earlier as the total shrank (what was already emitted is
		// dropped by the id check), so that the records keep the API's order.
		const shrunk =
			previousTotal !== undefined && total !== undefined ? Math.max(0, previousTotal - total) : 0;
		if (shrunk > 0 && data.length > 0) {
			previousTotal = total;
			offset = Math.max(0, offset - shrunk);
			continue;
		}
		inspect?.(data);
		for (const record of data) {
			const id = record.id;
			if (id !== undefined && seen.has(id)) {
				changed = true;
				continue;
			}
			if (until?.(record, previous)) return { records, changed, total };
			previous = record;
			if (id !== undefined) seen.add(id);
			records.push(record);
			if (limit !== undefined && records.length >= limit) return { records, changed, total };
		}
		if (meta.has_more !== true) return { records, changed, total };
		if (data.length === 0) {
			// "More" but nothing on this page: ask again; never skip ahead blindly.
			if (++emptyPages > MAX_EMPTY_PAGES) {
				throw emptyPageError(
					this.getNode(),
					endpoint,
					'records',
					`offset ${offset}`,
					records.length,
					request.itemIndex,
				);
			}
			continue;
		}
		emptyPages = 0;
		previousTotal = total;
		offset += data.length;
	}
	throw tooManyPagesError(this.getNode(), endpoint, 'records', MAX_PAGES, request.itemIndex);
}
