/**
 * The node contract's error table as text: what to tell the user about a failed Leonar
 * answer (a non-2xx status), per status and error code. Every message names what went wrong,
 * every description says what to do. ./errors.ts turns the text into the error object.
 */

import type { JsonObject } from 'n8n-workflow';

import type { Endpoint } from './endpoints';
import { describeReset, readReset, resetAt } from './rateLimit';
import { isSafeToRepeat } from './retry';
import { bundlesIncluding, findScopeInText } from './scopes';

export interface ApiFailure {
	statusCode: number;
	body: unknown;
	headers: Record<string, unknown>;
}

export interface LeonarErrorBody {
	code?: string;
	message?: string;
	details?: unknown;
}

export interface ErrorContext {
	endpoint: Endpoint;
	itemIndex?: number;
	/** The record id the request was about, named in 404 messages. */
	recordId?: string;
	/** Other ids the request carried, by record kind in lower case (e.g. `tag` from `tag_id`). */
	idsByKind?: Record<string, string>;
	/** The API key, only so that it can be scrubbed from any text we pass on. */
	secret?: string;
	/** The operation making the request, e.g. "Deal › Get" (see ./caller.ts). */
	caller?: string;
	/** How long this run has waited for the rate limit, and its bound (for a 429 not waited out). */
	rateLimitRun?: RateLimitRun;
}

export interface RateLimitRun {
	waitedMs: number;
	/** "Max Rate Limit Wait", in seconds. */
	maxRateLimitWait: number;
}

/** What the run's rate-limit waiting so far means for the error ("" before any wait). */
export function describeRunWait(run: RateLimitRun | undefined): string {
	if (!run || run.waitedMs <= 0) return '';
	const seconds = Math.round(run.waitedMs / 100) / 10;
	return ` The node has already waited ${seconds} s for the rate limit in this run, and "Max Rate Limit Wait" (${run.maxRateLimitWait} s) bounds the total waiting of one run (all items and requests).`;
}

/** What the error of a failed answer says, and what it adds to the API error it carries. */
export interface ApiFailureText {
	message: string;
	description: string;
	extra?: JsonObject;
}

const SETTINGS_API = 'in Leonar under Settings > API';

export function errorBody(body: unknown): LeonarErrorBody {
	if (body && typeof body === 'object' && 'error' in body) {
		const error = (body as { error: unknown }).error;
		if (error && typeof error === 'object') return error as LeonarErrorBody;
		if (typeof error === 'string') return { message: error };
	}
	return {};
}

function validationMessages(error: LeonarErrorBody): string {
	const details = Array.isArray(error.details) ? error.details : [];
	const fieldMessages = details
		.map((detail) => {
			if (detail && typeof detail === 'object') {
				const { field, message } = detail as { field?: string; message?: string };
				if (field && message) return `${field}: ${message}`;
				if (message) return message;
			}
			return typeof detail === 'string' ? detail : undefined;
		})
		.filter((text): text is string => !!text);
	if (fieldMessages.length) return fieldMessages.join('; ');
	return error.message ?? 'the request was invalid';
}

const HTTP_REQUEST_ADVICE =
	'to make a call Leonar does offer, use n8n\'s HTTP Request node with the predefined credential type "Leonar API" (the operation "Custom API Call" of this node leads there).';

/** Words Leonar uses for the record kind in "<Kind> not found" that are not a record kind. */
const NOT_A_RECORD = /^(resource|route|page|endpoint|path|url|method|not)$/i;
/** How web frameworks word an unknown route. */
const ROUTE_WORDING =
	/\broute\b|cannot (get|post|put|patch|delete)\b|no (such )?(route|endpoint|handler)|(endpoint|path|url|page) (was )?not found|could not be found/i;

/**
 * A 404 about the route itself rather than a record: an answer that is not Leonar's JSON
 * error envelope (an HTML page, plain text, a framework's own JSON), a message that words a
 * missing route, or a generic 404 from an endpoint that has no record in its path.
 */
export function isMissingRoute(failure: ApiFailure, endpoint: Endpoint): boolean {
	const error = errorBody(failure.body);
	if (!error.code) return true;
	const message = error.message ?? '';
	if (ROUTE_WORDING.test(message)) return true;
	const named = /^([a-z][a-z ]*?) not found\.?$/i.exec(message)?.[1];
	const namesRecord = named !== undefined && !NOT_A_RECORD.test(named.trim());
	return !namesRecord && !endpoint.path.includes('{');
}

function missingRoute(context: ErrorContext): ApiFailureText {
	const { endpoint } = context;
	const route = `${endpoint.method} ${endpoint.path}`;
	const evidence =
		endpoint.evidence === 'IMPLIED'
			? "This endpoint is not in Leonar's documentation: the node infers it from the API's scopes and conventions, and this Leonar API does not have it."
			: 'Leonar documents this endpoint, but the server at the Base URL does not have it.';
	return {
		message: `${context.caller ?? 'This request'} uses ${route}, which this Leonar API does not offer`,
		description: `Leonar answered 404 for the route itself, not for a record. ${evidence} If every operation gives this answer, check the credential's Base URL (it ends in /api/v1, e.g. https://app.leonar.app/api/v1). Otherwise, ${HTTP_REQUEST_ADVICE}`,
	};
}

/** What to say about a non-2xx Leonar answer, per the node contract's error table. */
export function describeApiFailure(failure: ApiFailure, context: ErrorContext): ApiFailureText {
	const error = errorBody(failure.body);
	const { statusCode } = failure;
	const code = error.code ?? '';
	const { endpoint } = context;
	const apiText = error.message ? ` Leonar said: "${error.message}"` : '';

	if (statusCode === 401 || code === 'invalid_api_key') {
		return {
			message: 'Leonar rejected the API key',
			description: `Check the Leonar credential: the key must be copied whole and start with leo_. If it is no longer valid, create a new key ${SETTINGS_API} and paste it into the "Leonar API" credential.${apiText}`,
		};
	}

	if (code === 'insufficient_scope' || (statusCode === 403 && !code)) {
		const details = (error.details ?? {}) as { required_scope?: string; scope?: string };
		const scope =
			details.required_scope ??
			details.scope ??
			findScopeInText(error.message) ??
			endpoint.scope ??
			'an additional scope';
		// Leonar's docs say a key's scopes are chosen when it is created, not that they can be edited.
		const bundles = bundlesIncluding(scope);
		const withScope = bundles.length
			? `a key with the scope ${scope} or with a bundle that includes it (${bundles.join(', ')})`
			: `a key with the scope ${scope}`;
		return {
			message: `The Leonar API key is missing the scope ${scope}`,
			description: `This operation needs the scope ${scope}, which this key does not have. In Leonar, go to Settings > API, create ${withScope}, and paste the new key into the "Leonar API" credential. If your workspace allows editing a key's scopes, adding ${scope} to this key works too.${apiText}`,
			extra: { requiredScope: scope },
		};
	}

	if (code === 'billing_required') {
		return {
			message: 'The Leonar workspace has no active subscription',
			description: `Leonar answers API calls only for workspaces with an active subscription. A workspace admin can start or renew it in Leonar.${apiText}`,
		};
	}

	if (code === 'plan_upgrade_required') {
		return {
			message: 'The Leonar plan of this workspace does not include this feature',
			description: `A workspace admin can upgrade the workspace's plan in Leonar to use this operation.${apiText}`,
		};
	}

	if (statusCode === 402 || code === 'insufficient_credits') {
		const details = (error.details ?? {}) as {
			credit_type?: string;
			available?: number;
			required?: number;
		};
		const kind = details.credit_type ?? 'workspace';
		const counts =
			details.available !== undefined || details.required !== undefined
				? `Available: ${details.available ?? 'unknown'}, required: ${details.required ?? 'unknown'}.`
				: '';
		return {
			message: `The Leonar workspace ran out of ${kind} credits`,
			description:
				`${counts} A workspace admin can add ${kind} credits in Leonar; or ask for fewer results.${apiText}`.trim(),
		};
	}

	if ((statusCode === 404 || code === 'not_found') && isMissingRoute(failure, endpoint)) {
		return missingRoute(context);
	}

	if (statusCode === 404 || code === 'not_found') {
		// Leonar names the missing kind ("Tag not found"); it may be another record of the
		// request than the endpoint's main one (e.g. the tag when tagging a contact).
		const named = /^([a-z][a-z ]*?) not found\.?$/i.exec(error.message ?? '')?.[1];
		const firstWord = (text: string) => text.toLowerCase().split(' ')[0];
		const other = named && firstWord(named) !== firstWord(endpoint.record) ? named : undefined;
		const kind = other
			? other.charAt(0).toUpperCase() + other.slice(1).toLowerCase()
			: endpoint.record;
		const id = other
			? context.idsByKind?.[other.toLowerCase().replace(/ /g, '_')]
			: context.recordId;
		const what = id ? `${kind} ${id}` : `The ${kind.toLowerCase()}`;
		// Where the endpoint is our inference, a record 404 for every id may mean a missing route.
		const inferred =
			endpoint.evidence === 'IMPLIED'
				? ` If every id gets this answer, this Leonar API may not offer ${endpoint.method} ${endpoint.path} (it is not in Leonar's documentation): ${HTTP_REQUEST_ADVICE}`
				: '';
		return {
			message: `${what} was not found in Leonar`,
			description: `Check that the id is right and that the record belongs to the workspace of this API key (it may have been deleted).${apiText}${inferred}`,
		};
	}

	if (statusCode === 400 || statusCode === 422 || code === 'validation_error') {
		return {
			message: `Leonar rejected the request: ${validationMessages(error)}`,
			description: 'Correct the field(s) named above and run the node again.',
		};
	}

	if (statusCode === 429 || code === 'rate_limit_exceeded') {
		const reset = readReset(failure.headers);
		const limit = failure.headers['x-ratelimit-limit'];
		return {
			message: "Leonar's hourly rate limit for this API key was hit",
			description: `${describeReset(reset)}${describeRunWait(context.rateLimitRun)} The limit${limit ? ` (${String(limit)} requests per hour)` : ''} is shared by every workflow that uses this key. Raise "Max Rate Limit Wait" in the node's options to let the node wait for the reset, or spread the work over more time.`,
			extra: { resetAt: resetAt(reset) },
		};
	}

	if (statusCode >= 500) {
		return {
			message: `Leonar had a server error (HTTP ${statusCode})`,
			// Retried only when repeating it is safe (see ./retry.ts).
			description: isSafeToRepeat(endpoint)
				? `The Leonar API failed to process the request and kept failing after retries. Try again in a few minutes; if it persists, contact Leonar support.${apiText}`
				: `The Leonar API failed to process the request. The node did not repeat it, because a repeated create could make a duplicate: check in Leonar whether it went through before running it again. Try again in a few minutes; if it persists, contact Leonar support.${apiText}`,
		};
	}

	return {
		message: `Leonar answered with HTTP ${statusCode}${error.code ? ` (${error.code})` : ''}`,
		description: error.message ? `Leonar said: "${error.message}"` : 'No further detail was given.',
	};
}
