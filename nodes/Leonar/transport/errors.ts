/**
 * The one place that constructs the transport's errors, each by a named factory: a Leonar
 * API failure (per the contract's error table, ./apiFailures.ts), a failure without an
 * answer, a credential the node refuses, a used-up rate-limit window, and a list that cannot
 * be read to its end. Every message names what went wrong, every description says what to
 * do. Nothing here ever sees the API key except to scrub it: errors are built from the
 * response body and our own text only.
 */

import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ApiFailure, ErrorContext, RateLimitRun } from './apiFailures';
import { describeApiFailure, describeRunWait, errorBody } from './apiFailures';
import type { BaseUrlProblem, CredentialProblem } from './baseUrl';
import { describeBaseUrlProblem } from './baseUrl';
import { MAX_EMPTY_PAGES } from './constants';
import type { Endpoint } from './endpoints';
import type { NetworkFailure } from './network';
import { describeNetworkFailure } from './network';
import type { Reset } from './rateLimit';
import { describeReset } from './rateLimit';
import { redact, scrub } from './redact';
import { isSafeToRepeat } from './retry';

export type { ApiFailure, ErrorContext } from './apiFailures';

/** Leonar answered with a redirect: never followed (see ./request.ts), never a success. */
export function redirectError(
	node: INode,
	context: ErrorContext,
	statusCode: number,
	location: unknown,
	baseUrl: string,
): NodeApiError {
	const target =
		typeof location === 'string' && location ? redact(location, context.secret) : 'no address';
	return new NodeApiError(
		node,
		{ httpCode: String(statusCode), message: `Redirect to ${target}` },
		{
			message: `The server at the Base URL answered with a redirect (HTTP ${statusCode}) instead of Leonar's answer`,
			description: `It pointed to ${target}. The node does not follow redirects, so that nothing is sent twice or turned into another request and the API key never goes elsewhere; nothing was done. Check the credential's Base URL (${redact(baseUrl, context.secret)}): it should be Leonar's API address, e.g. https://app.leonar.app/api/v1.`,
			httpCode: String(statusCode),
			itemIndex: context.itemIndex,
		},
	);
}

function build(
	node: INode,
	failure: ApiFailure,
	context: ErrorContext,
	message: string,
	description: string,
	extra: JsonObject = {},
): NodeApiError {
	const error = errorBody(failure.body);
	const clean = (text: string) => redact(text, context.secret);
	const apiError: JsonObject = {
		httpCode: String(failure.statusCode),
		code: error.code ?? null,
		message: clean(error.message ?? ''),
		// Everything that comes from the server is scrubbed, details included.
		details:
			error.details === undefined ? null : (scrub(error.details, context.secret) as JsonObject),
		...extra,
	};
	return new NodeApiError(node, apiError, {
		message: clean(message),
		description: clean(description),
		httpCode: String(failure.statusCode),
		itemIndex: context.itemIndex,
	});
}

/** Maps a non-2xx Leonar answer to a NodeApiError per the node contract's error table. */
export function mapApiError(node: INode, failure: ApiFailure, context: ErrorContext): NodeApiError {
	const { message, description, extra } = describeApiFailure(failure, context);
	return build(node, failure, context, message, description, extra);
}

/** An error for a failure that never got an HTTP answer (network, timeout, unreadable body). */
export function networkError(
	node: INode,
	context: ErrorContext,
	what: string,
	description: string,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: redact(what, context.secret) },
		{
			message: redact(what, context.secret),
			description: redact(description, context.secret),
			itemIndex: context.itemIndex,
		},
	);
}

/** The request got no answer (see ./network.ts); `repeated` says whether it was retried. */
export function networkFailureError(
	node: INode,
	context: ErrorContext,
	failure: NetworkFailure,
	baseUrl: string,
	repeated: boolean,
): NodeApiError {
	const [message, description] = describeNetworkFailure(failure, baseUrl, repeated);
	return networkError(node, context, message, description);
}

/** The answer was no JSON object; it was asked again only when that is safe (see ./retry.ts). */
export function invalidJsonError(node: INode, context: ErrorContext): NodeApiError {
	return networkError(
		node,
		context,
		'Leonar sent a response that is not valid JSON',
		isSafeToRepeat(context.endpoint)
			? 'The answer was cut off or garbled, also on retry. Try again later.'
			: 'The answer was cut off or garbled. The request was not repeated, so check in Leonar whether it went through before running it again.',
	);
}

/** n8n refused the request before sending it (e.g. the credential): passed on for this item. */
export function requestOperationError(
	node: INode,
	error: NodeOperationError,
	itemIndex?: number,
): NodeOperationError {
	return new NodeOperationError(node, error, { itemIndex });
}

/** The last answer said the window is used up, and its reset is further off than the node may wait. */
export function rateLimitUsedUpError(
	node: INode,
	reset: Reset,
	run: RateLimitRun,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(node, { message: 'rate limit reached', httpCode: '429' } as JsonObject, {
		message: "Leonar's hourly rate limit for this API key is used up",
		description: `${describeReset(reset)}${describeRunWait(run)} The node did not send the request because Leonar's last answer said no requests are left in this window, and waiting would take longer than "Max Rate Limit Wait" (${run.maxRateLimitWait} s) allows. The limit is shared by every workflow that uses this key.`,
		httpCode: '429',
		itemIndex,
	});
}

/**
 * The request outlasted "Timeout" (see ./deadline.ts). Not shown as is: it carries the code
 * of a network timeout, so ./network.ts reads it as one and the user gets that wording.
 */
export function deadlineExceededError(ms: number): Error {
	return Object.assign(new Error(`The request did not complete within ${ms} ms (timeout)`), {
		code: 'ETIMEDOUT',
	});
}

/** The execution was cancelled (Stop, a workflow timeout) while the node waited or sent. */
export function executionCancelledError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(
		node,
		'The execution was cancelled while the node talked to Leonar',
		{
			itemIndex,
			description:
				'The node stopped waiting and sent nothing more. A request already sent may have been processed by Leonar.',
		},
	);
}

export function apiKeyPrefixError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(
		node,
		'The Leonar API key in the credential does not start with "leo_"',
		{
			itemIndex,
			description:
				'Leonar API keys start with leo_. Create one in Leonar under Settings > API and paste it whole into the "Leonar API" credential.',
		},
	);
}

/** The credential's Base URL breaks the rule of ./baseUrl.ts: refused before any request. */
export function baseUrlError(
	node: INode,
	problem: BaseUrlProblem,
	itemIndex?: number,
	secret?: string,
): NodeOperationError {
	const [message, description] = describeBaseUrlProblem(problem);
	return new NodeOperationError(node, redact(message, secret), {
		itemIndex,
		description: redact(description, secret),
	});
}

/**
 * The credential refuses to put the key on a request (see the credential's `authenticate`):
 * its Base URL breaks the rule of ./baseUrl.ts, or the request goes elsewhere. n8n shows the
 * message alone (e.g. as the result of "Test credential"), so it carries the description.
 */
export function credentialRefusedError(problem: CredentialProblem, secret?: string): Error {
	const [message, description] = describeBaseUrlProblem(problem);
	return new Error(redact(`${message}. ${description}`, secret));
}

/** A bug of the node, not of the user: an operation did not fill a `{name}` of its path. */
export function missingPathParamError(endpoint: Endpoint, name: string): Error {
	return new Error(`Missing path parameter "${name}" for ${endpoint.method} ${endpoint.path}`);
}

/** How the paging errors name what a pager reads: the records of a list, the profiles of a search. */
const PAGED = {
	records: { one: 'record', whole: 'list' },
	profiles: { one: 'profile', whole: 'search' },
} as const;

export type PagedKind = keyof typeof PAGED;

/**
 * Leonar kept saying there is more but sent empty pages; `where` names the page
 * (`offset 200`, `page 3`, `cursor page`), `got` how many were read before.
 */
export function emptyPageError(
	node: INode,
	endpoint: Endpoint,
	kind: PagedKind,
	where: string,
	got: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: `empty page with more ${kind} reported` },
		{
			message: `Leonar reported more ${kind} but sent an empty page (${endpoint.path}, ${where})`,
			description: `The node asked ${MAX_EMPTY_PAGES + 1} times and stopped rather than guess, after ${got} ${PAGED[kind].one}(s). Run it again; if it persists, contact Leonar support.`,
			itemIndex,
		},
	);
}

/** Leonar still reported more after the most pages one list or search may take. */
export function tooManyPagesError(
	node: INode,
	endpoint: Endpoint,
	kind: PagedKind,
	pages: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: 'too many pages' },
		{
			message: `Stopped reading ${endpoint.path} after ${pages} pages`,
			description: `Leonar kept reporting more ${kind} after ${pages} pages. Narrow the ${PAGED[kind].whole} with filters or use a Limit.`,
			itemIndex,
		},
	);
}

/** The LinkedIn results shrank again after the node had already read them once more from the start. */
export function resultsKeptShrinkingError(
	node: INode,
	endpoint: Endpoint,
	shrunk: number,
	got: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: 'results kept shrinking' },
		{
			message: `The LinkedIn results kept changing while the node read them (${endpoint.path})`,
			description: `${shrunk} fewer result(s) than on an earlier page, after the node had already read the search again from the start once; it stopped after ${got} profile(s) rather than return a list that may miss some. Run it again later, or narrow the search.`,
			itemIndex,
		},
	);
}

/** Leonar reported more LinkedIn results but sent no new cursor to ask for them. */
export function noNextCursorError(
	node: INode,
	endpoint: Endpoint,
	got: number,
	itemIndex?: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: 'no cursor for the next page' },
		{
			message: `Leonar reported more LinkedIn results but sent no new cursor (${endpoint.path})`,
			description: `The node stopped after ${got} profile(s) because it cannot ask for the next page without a cursor. Use a Limit, or run it again.`,
			itemIndex,
		},
	);
}
