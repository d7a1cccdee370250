/**
 * The profile pagers of the sourcing searches: page-based (`page`/`page_size`) and the
 * LinkedIn search's opaque cursor. Both keep one page size for the whole search, drop
 * profiles already emitted, and notice when the results shrink while they read.
 */

import type { IDataObject } from 'n8n-workflow';

import { MAX_EMPTY_PAGES, MAX_PAGE_SIZE, MAX_SOURCING_PAGES } from '../constants';
import type { Endpoint } from '../endpoints';
import {
	emptyPageError,
	noNextCursorError,
	resultsKeptShrinkingError,
	tooManyPagesError,
} from '../errors';
import { leonarApiRequest, leonarRequest } from '../request';
import type { LeonarContext, LeonarRequest } from '../types';

export interface ProfilePagingOptions extends LeonarRequest {
	/** Stop after this many profiles; undefined = all of them. */
	limit?: number;
	/**
	 * The search charges a credit per profile returned (the advanced search): a page that
	 * holds another number of profiles than asked shows the API's own page size, and no page
	 * is read that could return more profiles than are still needed. `onPage` sees each answer.
	 */
	charged?: { onPage(data: IDataObject, asked: number): void };
}

/**
 * Takes the profiles of a sourcing answer (`data.profiles`), skipping any already emitted.
 * Returns how many the page held and whether the limit is reached.
 */
function collectProfiles(
	data: IDataObject,
	profiles: IDataObject[],
	seen: Set<unknown>,
	limit: number | undefined,
): { count: number; full: boolean } {
	const page = Array.isArray(data.profiles) ? (data.profiles as IDataObject[]) : [];
	for (const profile of page) {
		const id = profile.profile_id;
		if (id !== undefined && id !== null && seen.has(id)) continue;
		if (id !== undefined && id !== null) seen.add(id);
		profiles.push(profile);
		if (limit !== undefined && profiles.length >= limit) return { count: page.length, full: true };
	}
	return { count: page.length, full: false };
}

/**
 * One page size for every page of a search (pages must line up), chosen so that the pages
 * needed for the limit add up to it, or overshoot it by fewer profiles than there are pages
 * (profiles can cost credits): a limit of 150 reads 2 pages of 75, not 100 + 100.
 */
export function profilePageSize(limit: number | undefined): number {
	if (limit === undefined || limit <= 0) return MAX_PAGE_SIZE;
	const pages = Math.ceil(limit / MAX_PAGE_SIZE);
	return Math.ceil(limit / pages);
}

/**
 * Watches the `total_count` of a profile search page by page and says by how much it fell
 * below the lowest total seen so far (0 when it did not). Only for searches that cost nothing
 * to read again (`readOnlyPost`): a search that charges credits per profile never re-reads.
 */
function shrinkWatch(endpoint: Endpoint): { check: (total: unknown) => number } {
	let lowest: number | undefined;
	return {
		check(total) {
			if (endpoint.readOnlyPost !== true || typeof total !== 'number' || !Number.isFinite(total))
				return 0;
			const shrunk = lowest !== undefined && total < lowest ? lowest - total : 0;
			lowest = lowest === undefined ? total : Math.min(lowest, total);
			return shrunk;
		},
	};
}

/**
 * Reads a page-based sourcing search (`page` ≥ 1, `page_size` 1–100 in the JSON body;
 * answer `data {profiles, has_more, next_page}`) until `has_more` is false or the limit is
 * reached. The page size stays the same on every page, so that pages line up.
 */
export async function leonarSourcingRequestAllPages(
	this: LeonarContext,
	endpoint: Endpoint,
	options: ProfilePagingOptions = {},
): Promise<IDataObject[]> {
	const { limit, charged, ...request } = options;
	const pageSize = profilePageSize(limit);
	const profiles: IDataObject[] = [];
	const seen = new Set<unknown>();
	const shrinks = shrinkWatch(endpoint);
	let page = 1;
	let emptyPages = 0;
	/** The page read right after a shrink, skipped when the re-read pages catch up with it. */
	let alreadyRead: { page: number; last: boolean } | undefined;
	for (let calls = 0; calls < MAX_SOURCING_PAGES; calls++) {
		const data = await leonarApiRequest.call(this, endpoint, {
			...request,
			body: { ...request.body, page, page_size: pageSize },
		});
		charged?.onPage(data, pageSize);
		const { count, full } = collectProfiles(data, profiles, seen, limit);
		if (full) return profiles;
		// The API pages by its own size: a next page would charge for that many profiles again.
		if (charged && count !== pageSize && limit !== undefined && limit - profiles.length < count)
			return profiles;
		// Profiles gone since the last page shift the later ones onto earlier pages: read the
		// pages they could have moved to again (what was already emitted is dropped by id).
		const shrunk = shrinks.check(data.total_count);
		if (shrunk > 0 && page > 1) {
			alreadyRead = { page, last: data.has_more !== true };
			page -= Math.min(page - 1, Math.ceil(shrunk / pageSize));
			continue;
		}
		if (data.has_more !== true) return profiles;
		if (count === 0) {
			// "More" but nothing on this page: ask again; never skip ahead blindly.
			if (++emptyPages > MAX_EMPTY_PAGES) {
				throw emptyPageError(
					this.getNode(),
					endpoint,
					'profiles',
					`page ${page}`,
					profiles.length,
					options.itemIndex,
				);
			}
			continue;
		}
		emptyPages = 0;
		const next = Number(data.next_page);
		page = Number.isInteger(next) && next > page ? next : page + 1;
		if (alreadyRead && page === alreadyRead.page) {
			if (alreadyRead.last) return profiles;
			page++;
			alreadyRead = undefined;
		}
	}
	throw tooManyPagesError(
		this.getNode(),
		endpoint,
		'profiles',
		MAX_SOURCING_PAGES,
		options.itemIndex,
	);
}

/**
 * Where a LinkedIn answer may carry its next cursor, in the order they are tried. Leonar's
 * guide shows the cursor but not its place in the answer; the node reads it wherever it is.
 */
const CURSOR_PLACES = [
	['data', 'cursor'],
	['data', 'next_cursor'],
	['meta', 'next_cursor'],
	['meta', 'cursor'],
	['next_cursor'],
	['cursor'],
	['data', 'pagination', 'next_cursor'],
	['meta', 'pagination', 'next_cursor'],
	['pagination', 'next_cursor'],
];

function valueAt(body: IDataObject, path: string[]): unknown {
	let value: unknown = body;
	for (const key of path) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/** The next cursor of a LinkedIn answer, wherever it is; undefined when it has none. */
export function nextCursorOf(body: IDataObject): string | undefined {
	for (const path of CURSOR_PLACES) {
		const value = valueAt(body, path);
		if (typeof value === 'string' && value !== '') return value;
	}
	return undefined;
}

/** Whether a LinkedIn answer says there is more: `has_more` in `data` or `meta`, or else a cursor. */
function reportsMore(body: IDataObject, data: IDataObject, next: string | undefined): boolean {
	const flags = [data.has_more, valueAt(body, ['meta', 'has_more']), body.has_more];
	if (flags.some((flag) => flag === true)) return true;
	if (flags.some((flag) => flag === false)) return false;
	return next !== undefined;
}

/**
 * Reads the LinkedIn search, which advances with an opaque cursor: the same body is sent
 * again with the `cursor` of the last answer (found wherever the answer carries it), until
 * there is none, the answer says there is no more, or the limit is reached. The page size
 * stays the same on every page (it is part of the search).
 */
export async function leonarLinkedinRequestAllPages(
	this: LeonarContext,
	endpoint: Endpoint,
	options: ProfilePagingOptions = {},
): Promise<IDataObject[]> {
	const { limit, ...request } = options;
	const body: IDataObject = { ...request.body, page_size: profilePageSize(limit) };
	const profiles: IDataObject[] = [];
	const seen = new Set<unknown>();
	const shrinks = shrinkWatch(endpoint);
	let restarted = false;
	let cursor: string | undefined;
	let emptyPages = 0;
	for (let calls = 0; calls < MAX_SOURCING_PAGES; calls++) {
		const { body: answer } = await leonarRequest.call(this, endpoint, {
			...request,
			body: cursor ? { ...body, cursor } : body,
		});
		const data =
			answer.data && typeof answer.data === 'object' && !Array.isArray(answer.data)
				? (answer.data as IDataObject)
				: answer;
		const { count, full } = collectProfiles(data, profiles, seen, limit);
		const next = nextCursorOf(answer);
		if (full) return profiles;
		// Fewer results than before: a cursor cannot step back, so the pages read since may have
		// skipped some profiles. Read the search once more from the start (duplicates are
		// dropped by id); if it shrinks again, stop rather than return an incomplete list.
		const shrunk = shrinks.check(data.total_count);
		if (shrunk > 0 && cursor !== undefined) {
			if (restarted) {
				throw resultsKeptShrinkingError(
					this.getNode(),
					endpoint,
					shrunk,
					profiles.length,
					options.itemIndex,
				);
			}
			restarted = true;
			cursor = undefined;
			continue;
		}
		if (!reportsMore(answer, data, next)) return profiles;
		if (count === 0) {
			if (++emptyPages > MAX_EMPTY_PAGES) {
				throw emptyPageError(
					this.getNode(),
					endpoint,
					'profiles',
					'cursor page',
					profiles.length,
					options.itemIndex,
				);
			}
			continue;
		}
		emptyPages = 0;
		if (!next || next === cursor) {
			throw noNextCursorError(this.getNode(), endpoint, profiles.length, options.itemIndex);
		}
		cursor = next;
	}
	throw tooManyPagesError(
		this.getNode(),
		endpoint,
		'profiles',
		MAX_SOURCING_PAGES,
		options.itemIndex,
	);
}
