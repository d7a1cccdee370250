import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { Endpoint } from './endpoints';
import type { ApiFailure, ErrorContext } from './errors';
import { describeReset, mapApiError, networkError, resetTimeFromHeaders } from './errors';

/**
 * The one module that talks to Leonar. Every request of the node goes through
 * `leonarApiRequest`, which authenticates with n8n's `httpRequestWithAuthentication`,
 * paces itself on the `X-RateLimit-*` headers, retries what is safe to retry, and turns
 * every failure into an actionable error (see ./errors.ts).
 */

export type LeonarContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export const DEFAULT_BASE_URL = 'https://app.leonar.app/api/v1';
/** Leonar's largest page (`limit` range 1–100). */
export const MAX_PAGE_SIZE = 100;
/** Default bound on waiting for an hourly window to reset, in seconds. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT = 60;
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Attempts for a request that fails with a 5xx or a network error and may be retried. */
const MAX_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 500;
/** How often one request may wait for a rate-limit window before giving up. */
const MAX_RATE_LIMIT_WAITS = 3;
/** Margin added to the reset moment, so that the retry lands in the new window. */
const RESET_MARGIN_MS = 250;
/** Upper bound on pages one list may take (100 records each): 1,000,000 records. */
const MAX_PAGES = 10_000;
/** How often an empty page that claims more records is asked again before giving up. */
const MAX_EMPTY_PAGES = 2;

export interface RequestSettings {
	/** Seconds the node may wait for the hourly window to reset; 0 = fail at once. */
	maxRateLimitWait: number;
	timeoutSeconds: number;
}

export interface LeonarRequest {
	pathParams?: Record<string, string>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	/** The record named in "not found" errors (defaults to the `id` path parameter). */
	recordId?: string;
}

export interface LeonarResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: IDataObject;
}

interface RateState {
	remaining?: number;
	reset?: Date;
}

/**
 * What the last response of this execution said about the hourly window. Keyed by the
 * execution context, so it lives as long as one node run: nothing is shared across
 * workflows or workers, the source of truth stays the API's headers.
 */
const rateStates = new WeakMap<object, RateState>();

interface Credentials {
	apiKey: string;
	baseUrl: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export async function getLeonarCredentials(
	this: LeonarContext,
	itemIndex?: number,
): Promise<Credentials> {
	const credentials = await this.getCredentials('leonarApi', itemIndex);
	const apiKey = String(credentials.apiKey ?? '').trim();
	const baseUrl = String(credentials.baseUrl || DEFAULT_BASE_URL)
		.trim()
		.replace(/\/+$/, '');
	if (!apiKey.startsWith('leo_')) {
		throw new NodeOperationError(
			this.getNode(),
			'The Leonar API key in the credential does not start with "leo_"',
			{
				itemIndex,
				description:
					'Leonar API keys start with leo_. Create one in Leonar under Settings > API and paste it whole into the "Leonar API" credential.',
			},
		);
	}
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new NodeOperationError(this.getNode(), 'The Base URL in the Leonar credential is not a valid URL', {
			itemIndex,
			description: `Use ${DEFAULT_BASE_URL} unless you run Leonar elsewhere.`,
		});
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
		throw new NodeOperationError(
			this.getNode(),
			'The Base URL in the Leonar credential must use https',
			{
				itemIndex,
				description: `Plain http would send the API key unencrypted over the network; it is allowed only for localhost. Use ${DEFAULT_BASE_URL}.`,
			},
		);
	}
	return { apiKey, baseUrl };
}

/**
 * The credential as read and checked by the first request of this node run (keyed by the
 * execution context, like the rate-limit state). Reading it costs n8n a database query and a
 * decryption, and `httpRequestWithAuthentication` reads it again for the header anyway, so the
 * node reads it once per run instead of once per request. A failed read is not kept.
 */
const runCredentials = new WeakMap<object, Credentials>();

async function credentialsOfRun(this: LeonarContext, itemIndex?: number): Promise<Credentials> {
	const known = runCredentials.get(this);
	if (known) return known;
	const credentials = await getLeonarCredentials.call(this, itemIndex);
	runCredentials.set(this, credentials);
	return credentials;
}

/** Request settings of a run whose options hold no expression (so they are the same for every item). */
const runSettings = new WeakMap<object, RequestSettings>();

/** Reads the node's request options (Max Rate Limit Wait, Timeout) where the node has them. */
export function getRequestSettings(this: LeonarContext, itemIndex = 0): RequestSettings {
	const known = runSettings.get(this);
	if (known) return known;
	const settings = readRequestSettings.call(this, itemIndex);
	const raw = (this.getNode().parameters as IDataObject | undefined)?.options;
	const fixed =
		!raw ||
		typeof raw !== 'object' ||
		!Object.values(raw as IDataObject).some((value) => typeof value === 'string' && value.startsWith('='));
	if (fixed) runSettings.set(this, settings);
	return settings;
}

function readRequestSettings(this: LeonarContext, itemIndex: number): RequestSettings {
	// Only an execute context takes an item index; poll and load-options contexts take
	// (name, fallback) and would read the index as the fallback.
	const perItem = typeof (this as IExecuteFunctions).getInputData === 'function';
	const read = (name: string, fallback: number): number => {
		try {
			const value = perItem
				? (this as IExecuteFunctions).getNodeParameter(`options.${name}`, itemIndex, fallback)
				: (this as IPollFunctions).getNodeParameter(`options.${name}`, fallback);
			const number = Number(value);
			return Number.isFinite(number) && number >= 0 ? number : fallback;
		} catch {
			return fallback;
		}
	};
	return {
		maxRateLimitWait: read('maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT),
		timeoutSeconds: read('timeout', DEFAULT_TIMEOUT_SECONDS) || DEFAULT_TIMEOUT_SECONDS,
	};
}

/** The ids a request carries, by kind: `tagId` path parameter or `tag_id` body field → `tag`. */
function idsByKind(request: LeonarRequest): Record<string, string> {
	const ids: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.pathParams ?? {})) {
		if (name !== 'id') ids[name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
	}
	for (const [name, value] of Object.entries(request.body ?? {})) {
		if (name.endsWith('_id') && typeof value === 'string') ids[name.slice(0, -3)] = value;
	}
	return ids;
}

function fillPath(endpoint: Endpoint, pathParams: Record<string, string> = {}): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = pathParams[name];
		if (value === undefined || value === '') {
			throw new Error(`Missing path parameter "${name}" for ${endpoint.method} ${endpoint.path}`);
		}
		return encodeURIComponent(value);
	});
}

function lowerCaseHeaders(headers: unknown): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
			result[key.toLowerCase()] = value;
		}
	}
	return result;
}

function updateRateState(context: object, headers: Record<string, unknown>): RateState {
	const state = rateStates.get(context) ?? {};
	const remaining = Number(headers['x-ratelimit-remaining']);
	const reset = resetTimeFromHeaders(headers);
	if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
		state.remaining = remaining;
		state.reset = reset;
	}
	rateStates.set(context, state);
	return state;
}

/** A retry is safe when repeating the request cannot create or change anything twice. */
function isSafeToRepeat(endpoint: Endpoint): boolean {
	return endpoint.method !== 'POST' || endpoint.readOnlyPost === true;
}

interface NetworkFailure {
	code: string;
	/** True when the request certainly never reached the API. */
	notSent: boolean;
}

function classifyNetworkError(error: unknown): NetworkFailure {
	const candidates: unknown[] = [error];
	const seen = new Set<unknown>();
	let code = '';
	while (candidates.length && !code) {
		const current = candidates.shift();
		if (!current || typeof current !== 'object' || seen.has(current)) continue;
		seen.add(current);
		const record = current as Record<string, unknown>;
		if (typeof record.code === 'string' && /^E[A-Z_]+$/.test(record.code)) code = record.code;
		candidates.push(record.cause, record.errorResponse, record.error, record.reason);
	}
	if (!code && error instanceof Error) {
		const match = /\b(E[A-Z]{4,})\b/.exec(error.message);
		if (match) code = match[1];
		else if (/timeout/i.test(error.message)) code = 'ETIMEDOUT';
	}
	const notSent = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code);
	return { code: code || 'UNKNOWN', notSent };
}

function describeNetworkFailure(failure: NetworkFailure, baseUrl: string, repeated: boolean): [string, string] {
	const retries = repeated
		? `The node tried ${MAX_ATTEMPTS} times before giving up.`
		: 'The request was not repeated, because a repeated create could make a duplicate: check in Leonar whether it went through before running it again.';
	switch (failure.code) {
		case 'ECONNREFUSED':
			return [
				'Could not connect to Leonar: the connection was refused',
				`Nothing answered at ${baseUrl} (connection refused). Check the Base URL in the Leonar credential and that the service is reachable from n8n.`,
			];
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return [
				'Could not connect to Leonar: the host name could not be resolved',
				`The host of ${baseUrl} was not found (DNS). Check the Base URL in the Leonar credential.`,
			];
		case 'ETIMEDOUT':
		case 'ECONNABORTED':
		case 'ESOCKETTIMEDOUT':
			return [
				'Leonar did not answer in time',
				`The request timed out. Raise "Timeout" in the node options, or try again later. ${retries}`,
			];
		default:
			return [
				'The connection to Leonar failed before an answer arrived',
				`The network connection broke (${failure.code}). ${retries}`,
			];
	}
}

function parseBody(raw: unknown): { ok: true; body: IDataObject } | { ok: false } {
	if (raw === undefined || raw === null || raw === '') return { ok: true, body: {} };
	if (typeof raw === 'object' && !Buffer.isBuffer(raw)) return { ok: true, body: raw as IDataObject };
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed && typeof parsed === 'object') return { ok: true, body: parsed as IDataObject };
		return { ok: false };
	} catch {
		return { ok: false };
	}
}

/**
 * Sends one request to Leonar and returns the parsed response (status, lower-cased headers,
 * JSON body). Throws NodeApiError for every failure.
 */
export async function leonarRequest(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest = {},
): Promise<LeonarResponse> {
	const { itemIndex } = request;
	const { apiKey, baseUrl } = await credentialsOfRun.call(this, itemIndex);
	const settings = getRequestSettings.call(this, itemIndex ?? 0);
	const node = this.getNode();
	const context: ErrorContext = {
		endpoint,
		itemIndex,
		recordId: request.recordId ?? request.pathParams?.id,
		idsByKind: idsByKind(request),
		secret: apiKey,
	};

	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url: `${baseUrl}${fillPath(endpoint, request.pathParams)}`,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.timeoutSeconds * 1000,
	};
	if (request.qs && Object.keys(request.qs).length) {
		options.qs = request.qs;
		// A list value repeats the key: `due_date=gte.2026-01-01&due_date=lte.2026-01-31`.
		options.arrayFormat = 'repeat';
	}
	if (request.body !== undefined && endpoint.method !== 'GET') options.body = request.body;

	const waitForWindow = async (reset: Date | undefined, failure?: ApiFailure): Promise<void> => {
		const waitMs = reset ? reset.getTime() - Date.now() + RESET_MARGIN_MS : Infinity;
		if (waitMs > settings.maxRateLimitWait * 1000) {
			if (failure) throw mapApiError(node, failure, context);
			throw new NodeApiError(
				node,
				{ message: 'rate limit reached', httpCode: '429' } as JsonObject,
				{
					message: "Leonar's hourly rate limit for this API key is used up",
					description: `${describeReset(reset)} The node did not send the request because Leonar's last answer said no requests are left in this window, and waiting would take longer than "Max Rate Limit Wait" (${settings.maxRateLimitWait} s). The limit is shared by every workflow that uses this key.`,
					httpCode: '429',
					itemIndex,
				},
			);
		}
		if (waitMs > 0) await sleep(waitMs);
	};

	let attempt = 0;
	let rateLimitWaits = 0;
	for (;;) {
		attempt++;
		// Pace on what the API said last: do not spend a call on a 429 the headers predicted.
		const state = rateStates.get(this);
		if (state?.remaining === 0 && state.reset && state.reset.getTime() > Date.now()) {
			await waitForWindow(state.reset);
			state.remaining = undefined;
		}

		let raw: { statusCode: number; headers: unknown; body: unknown };
		try {
			raw = (await this.helpers.httpRequestWithAuthentication.call(this, 'leonarApi', options)) as {
				statusCode: number;
				headers: unknown;
				body: unknown;
			};
		} catch (error) {
			if (error instanceof NodeOperationError) {
				throw new NodeOperationError(node, error, { itemIndex });
			}
			const failure = classifyNetworkError(error);
			if (attempt < MAX_ATTEMPTS && (failure.notSent || isSafeToRepeat(endpoint))) {
				await sleep(BACKOFF_BASE_MS * 2 ** (attempt - 1));
				continue;
			}
			const [message, description] = describeNetworkFailure(
				failure,
				baseUrl,
				failure.notSent || isSafeToRepeat(endpoint),
			);
			throw networkError(node, context, message, description);
		}

		const headers = lowerCaseHeaders(raw.headers);
		updateRateState(this, headers);
		const parsed = parseBody(raw.body);
		const failure: ApiFailure = {
			statusCode: raw.statusCode,
			headers,
			body: parsed.ok ? parsed.body : {},
		};

		if (raw.statusCode === 429) {
			rateLimitWaits++;
			if (rateLimitWaits > MAX_RATE_LIMIT_WAITS) throw mapApiError(node, failure, context);
			// A 429 was not processed, so even a create may be sent again after the wait.
			await waitForWindow(resetTimeFromHeaders(headers), failure);
			attempt--;
			continue;
		}

		if (raw.statusCode >= 500) {
			if (attempt < MAX_ATTEMPTS && isSafeToRepeat(endpoint)) {
				await sleep(BACKOFF_BASE_MS * 2 ** (attempt - 1));
				continue;
			}
			throw mapApiError(node, failure, context);
		}

		if (raw.statusCode >= 400) throw mapApiError(node, failure, context);

		if (!parsed.ok) {
			if (attempt < MAX_ATTEMPTS && isSafeToRepeat(endpoint)) {
				await sleep(BACKOFF_BASE_MS * 2 ** (attempt - 1));
				continue;
			}
			throw networkError(
				node,
				context,
				'Leonar sent a response that is not valid JSON',
				isSafeToRepeat(endpoint)
					? 'The answer was cut off or garbled, also on retry. Try again later.'
					: 'The answer was cut off or garbled. The request was not repeated, so check in Leonar whether it went through before running it again.',
			);
		}

		return { statusCode: raw.statusCode, headers, body: parsed.body };
	}
}

/** Sends one request and returns the `data` of the answer (or the whole body if it has none). */
export async function leonarApiRequest(
	this: LeonarContext,
	endpoint: Endpoint,
	request: LeonarRequest = {},
): Promise<IDataObject> {
	const { body } = await leonarRequest.call(this, endpoint, request);
	const data = body.data;
	if (data && typeof data === 'object' && !Array.isArray(data)) return data as IDataObject;
	return body;
}

export interface ListOptions extends LeonarRequest {
	/** Stop after this many records; undefined = all of them. */
	limit?: number;
	/** Send `limit`/`offset` in the JSON body (POST searches) instead of the query string. */
	pageInBody?: boolean;
}

/**
 * Reads a list endpoint page by page (offset/limit, `meta.has_more`), asking for at most
 * 100 records a call and never more than still needed. A record already emitted (same id)
 * is not emitted again, which guards against pages shifting while records are created.
 */
export async function leonarApiRequestAllItems(
	this: LeonarContext,
	endpoint: Endpoint,
	options: ListOptions = {},
): Promise<IDataObject[]> {
	const { limit, pageInBody, ...request } = options;
	const records: IDataObject[] = [];
	const seen = new Set<unknown>();
	let offset = 0;
	let previousTotal: number | undefined;
	let emptyPages = 0;
	for (let page = 0; page < MAX_PAGES; page++) {
		const wanted = limit === undefined ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, limit - records.length);
		if (wanted <= 0) return records;
		const paging = { limit: wanted, offset };
		const { body } = await leonarRequest.call(this, endpoint, {
			...request,
			qs: pageInBody ? request.qs : { ...request.qs, ...paging },
			body: pageInBody ? { ...request.body, ...paging } : request.body,
		});
		const data = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
		for (const record of data) {
			const id = record.id;
			if (id !== undefined && seen.has(id)) continue;
			if (id !== undefined) seen.add(id);
			records.push(record);
			if (limit !== undefined && records.length >= limit) return records;
		}
		const meta = (body.meta ?? {}) as IDataObject;
		if (meta.has_more !== true) return records;
		if (data.length === 0) {
			// "More" but nothing on this page: ask again; never skip ahead blindly.
			if (++emptyPages > MAX_EMPTY_PAGES) {
				throw new NodeApiError(
					this.getNode(),
					{ message: 'empty page with more records reported' },
					{
						message: `Leonar reported more records but sent an empty page (${endpoint.path}, offset ${offset})`,
						description: `The node asked ${MAX_EMPTY_PAGES + 1} times and stopped rather than guess, after ${records.length} record(s). Run it again; if it persists, contact Leonar support.`,
						itemIndex: options.itemIndex,
					},
				);
			}
			continue;
		}
		emptyPages = 0;
		// Records deleted since the last page shift the later ones towards the start, so this
		// page may have started past some record: read it again from as many places earlier as
		// the total shrank (what was already emitted is dropped by the id check).
		const total = typeof meta.total === 'number' ? meta.total : undefined;
		const shrunk = previousTotal !== undefined && total !== undefined ? Math.max(0, previousTotal - total) : 0;
		previousTotal = total;
		offset = shrunk > 0 ? Math.max(0, offset - shrunk) : offset + data.length;
	}
	throw new NodeApiError(
		this.getNode(),
		{ message: 'too many pages' },
		{
			message: `Stopped reading ${endpoint.path} after ${MAX_PAGES} pages`,
			description: `Leonar kept reporting more records after ${MAX_PAGES} pages. Narrow the list with filters or use a Limit.`,
			itemIndex: options.itemIndex,
		},
	);
}

/** Upper bound on pages a sourcing search may take (100 profiles each): 100,000 profiles. */
const MAX_SOURCING_PAGES = 1_000;

export interface ProfilePagingOptions extends LeonarRequest {
	/** Stop after this many profiles; undefined = all of them. */
	limit?: number;
}

function tooManyPages(ctx: LeonarContext, endpoint: Endpoint, pages: number, itemIndex?: number): NodeApiError {
	return new NodeApiError(
		ctx.getNode(),
		{ message: 'too many pages' },
		{
			message: `Stopped reading ${endpoint.path} after ${pages} pages`,
			description: `Leonar kept reporting more profiles after ${pages} pages. Narrow the search with filters or use a Limit.`,
			itemIndex,
		},
	);
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

function emptyPageError(
	ctx: LeonarContext,
	endpoint: Endpoint,
	where: string,
	got: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		ctx.getNode(),
		{ message: 'empty page with more profiles reported' },
		{
			message: `Leonar reported more profiles but sent an empty page (${endpoint.path}, ${where})`,
			description: `The node asked ${MAX_EMPTY_PAGES + 1} times and stopped rather than guess, after ${got} profile(s). Run it again; if it persists, contact Leonar support.`,
			itemIndex,
		},
	);
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
			if (endpoint.readOnlyPost !== true || typeof total !== 'number' || !Number.isFinite(total)) return 0;
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
	const { limit, ...request } = options;
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
		const { count, full } = collectProfiles(data, profiles, seen, limit);
		if (full) return profiles;
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
				throw emptyPageError(this, endpoint, `page ${page}`, profiles.length, options.itemIndex);
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
	throw tooManyPages(this, endpoint, MAX_SOURCING_PAGES, options.itemIndex);
}

/**
 * Reads the LinkedIn search, which advances with an opaque cursor: the same body is sent
 * again with the `cursor` of the last answer, until there is none, `has_more` is false or
 * the limit is reached. The page size stays the same on every page (it is part of the search).
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
		const data = await leonarApiRequest.call(this, endpoint, {
			...request,
			body: cursor ? { ...body, cursor } : body,
		});
		const { count, full } = collectProfiles(data, profiles, seen, limit);
		const next = typeof data.cursor === 'string' && data.cursor !== '' ? data.cursor : undefined;
		if (full) return profiles;
		// Fewer results than before: a cursor cannot step back, so the pages read since may have
		// skipped some profiles. Read the search once more from the start (duplicates are
		// dropped by id); if it shrinks again, stop rather than return an incomplete list.
		const shrunk = shrinks.check(data.total_count);
		if (shrunk > 0 && cursor !== undefined) {
			if (restarted) {
				throw new NodeApiError(
					this.getNode(),
					{ message: 'results kept shrinking' },
					{
						message: `The LinkedIn results kept changing while the node read them (${endpoint.path})`,
						description: `${shrunk} fewer result(s) than on an earlier page, after the node had already read the search again from the start once; it stopped after ${profiles.length} profile(s) rather than return a list that may miss some. Run it again later, or narrow the search.`,
						itemIndex: options.itemIndex,
					},
				);
			}
			restarted = true;
			cursor = undefined;
			continue;
		}
		if (data.has_more !== true) return profiles;
		if (count === 0) {
			if (++emptyPages > MAX_EMPTY_PAGES) {
				throw emptyPageError(this, endpoint, 'cursor page', profiles.length, options.itemIndex);
			}
			continue;
		}
		emptyPages = 0;
		if (!next || next === cursor) {
			throw new NodeApiError(
				this.getNode(),
				{ message: 'no cursor for the next page' },
				{
					message: `Leonar reported more LinkedIn results but sent no new cursor (${endpoint.path})`,
					description: `The node stopped after ${profiles.length} profile(s) because it cannot ask for the next page without a cursor. Use a Limit, or run it again.`,
					itemIndex: options.itemIndex,
				},
			);
		}
		cursor = next;
	}
	throw tooManyPages(this, endpoint, MAX_SOURCING_PAGES, options.itemIndex);
}
