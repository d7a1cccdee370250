/**
 * The one request loop that talks to Leonar. Every request of the node goes through
 * `leonarRequest` (most through `leonarApiRequest`), which authenticates with n8n's
 * `httpRequestWithAuthentication`, paces itself on the `X-RateLimit-*` headers
 * (./rateLimit.ts), retries what is safe to retry (./retry.ts), and turns every failure into
 * an actionable error (./errors.ts).
 */

import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiFailure, ErrorContext } from './apiFailures';
import { MAX_RATE_LIMIT_WAITS } from './constants';
import { callerOf } from './caller';
import { credentialsOfRun } from './credentials';
import { sendWithDeadline } from './deadline';
import type { Endpoint } from './endpoints';
import {
	invalidJsonError,
	redirectError,
	mapApiError,
	missingPathParamError,
	networkFailureError,
	rateLimitUsedUpError,
	requestOperationError,
} from './errors';
import { classifyNetworkError } from './network';
import type { Reset } from './rateLimit';
import {
	addRateLimitWait,
	forgetRemaining,
	predictedReset,
	rateLimitWaitAdds,
	rateLimitWaited,
	rateLimitWaitMs,
	readReset,
	updateRateState,
} from './rateLimit';
import { pause, stopIfCancelled } from './pause';
import { backOffMs, isSafeToRepeat, mayRetry } from './retry';
import { noteUnrepeatable } from './sent';
import { getRequestSettings } from './settings';
import type { LeonarContext, LeonarRequest, LeonarResponse } from './types';

/** The ids a request carries, by kind: `tagId` path parameter or `tag_id` body field → `tag`. */
function idsByKind(request: LeonarRequest): Record<string, string> {
	const ids: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.pathParams ?? {})) {
		if (name !== 'id')
			ids[name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
	}
	for (const [name, value] of Object.entries(request.body ?? {})) {
		if (name.endsWith('_id') && typeof value === 'string') ids[name.slice(0, -3)] = value;
	}
	return ids;
}

function fillPath(endpoint: Endpoint, pathParams: Record<string, string> = {}): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = pathParams[name];
		if (value === undefined || value === '') throw missingPathParamError(endpoint, name);
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

function parseBody(raw: unknown): { ok: true; body: IDataObject } | { ok: false } {
	if (raw === undefined || raw === null || raw === '') return { ok: true, body: {} };
	if (typeof raw === 'object' && !Buffer.isBuffer(raw))
		return { ok: true, body: raw as IDataObject };
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
		caller: callerOf(this),
	};

	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url: `${baseUrl}${fillPath(endpoint, request.pathParams)}`,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Never follow a redirect: n8n would turn a POST into a GET (a create that creates
		// nothing but "succeeds") and could carry the key to another origin.
		disableFollowRedirect: true,
		// An idle timeout in n8n; the deadline for the whole request is ./deadline.ts.
		timeout: settings.timeoutSeconds * 1000,
	};
	if (request.qs && Object.keys(request.qs).length) {
		options.qs = request.qs;
		// A list value repeats the key: `due_date=gte.2026-01-01&due_date=lte.2026-01-31`.
		options.arrayFormat = 'repeat';
	}
	if (request.body !== undefined && endpoint.method !== 'GET') options.body = request.body;

	// Waits for the window (after the `waits`-th 429 of this request, or before a request the
	// headers predicted would be one), or fails when that would take the run's total waiting
	// beyond "Max Rate Limit Wait". A cancelled execution stops the wait at once.
	const waitForWindow = async (reset: Reset, waits?: number, failure?: ApiFailure) => {
		const waitMs = rateLimitWaitMs(reset, waits);
		const waited = rateLimitWaited(this);
		if (rateLimitWaitAdds(this, waitMs) > settings.maxRateLimitWait * 1000 - waited) {
			const run = { waitedMs: waited, maxRateLimitWait: settings.maxRateLimitWait };
			if (failure) throw mapApiError(node, failure, { ...context, rateLimitRun: run });
			throw rateLimitUsedUpError(node, reset, run, itemIndex);
		}
		addRateLimitWait(this, waitMs);
		await pause(this, waitMs, itemIndex);
	};

	let attempt = 0;
	let rateLimitWaits = 0;
	for (;;) {
		attempt++;
		stopIfCancelled(this, itemIndex);
		// Pace on what the API said last: do not spend a call on a 429 the headers predicted.
		const predicted = predictedReset(this);
		if (predicted) {
			await waitForWindow(predicted);
			forgetRemaining(this);
		}

		let raw: { statusCode: number; headers: unknown; body: unknown };
		if (!isSafeToRepeat(endpoint)) noteUnrepeatable(this, endpoint);
		try {
			raw = (await sendWithDeadline(
				options,
				settings.timeoutSeconds * 1000,
				async (sent) =>
					await this.helpers.httpRequestWithAuthentication.call(this, 'leonarApi', sent),
			)) as { statusCode: number; headers: unknown; body: unknown };
		} catch (error) {
			if (error instanceof NodeOperationError) throw requestOperationError(node, error, itemIndex);
			stopIfCancelled(this, itemIndex);
			const failure = classifyNetworkError(error);
			if (mayRetry(endpoint, attempt, failure.notSent)) {
				await pause(this, backOffMs(attempt), itemIndex);
				continue;
			}
			throw networkFailureError(
				node,
				context,
				failure,
				baseUrl,
				failure.notSent || isSafeToRepeat(endpoint),
			);
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
			await waitForWindow(readReset(headers), rateLimitWaits, failure);
			attempt--;
			continue;
		}

		if (raw.statusCode >= 500) {
			if (mayRetry(endpoint, attempt)) {
				await pause(this, backOffMs(attempt), itemIndex);
				continue;
			}
			throw mapApiError(node, failure, context);
		}

		if (raw.statusCode >= 400) throw mapApiError(node, failure, context);
		if (raw.statusCode >= 300)
			throw redirectError(node, context, raw.statusCode, headers.location, baseUrl);

		if (!parsed.ok) {
			if (mayRetry(endpoint, attempt)) {
				await pause(this, backOffMs(attempt), itemIndex);
				continue;
			}
			throw invalidJsonError(node, context);
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
