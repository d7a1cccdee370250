/**
 * The node contract's error table as text: what to tell the user about a failed Leonar
 * answer (a non-2xx status), per status and error code. Every message names what went wrong,
 * every description says what to do. ./errors.ts turns the text into the error object.
 */

import type { JsonObject } from 'n8n-workflow';

import type { Endpoint } from './endpoints';
import { describeReset, resetTimeFromHeaders } from './rateLimit';
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

/** What to say about a non-2xx Leonar answer, per the node contract's error table. */
export function describeApiFailure(failure: ApiFailure, context: ErrorContext): ApiFailureText {
	const error = errorBody(failure.body);
	const { statusCode } = failure;
	const code = error.code ?? '';
	const { endpoint } = context;
	const apiText = error.message ? ` Leonar said: "${error.message}"` : '';

	if (statusCode === 401 || code === 'invalid_api_key') {
		return {
			message: 'Leonar rejected the API key (invalid or revoked)',
			description: `Check the Leonar credential: the key must be copied whole and start with leo_. Keys are created and revoked ${SETTINGS_API}.${apiText}`,
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
		const bundles = bundlesIncluding(scope);
		const bundleText = bundles.length
			? `The bundles that include it: ${bundles.join(', ')}.`
			: 'Pick the single scope in the key settings.';
		return {
			message: `The Leonar API key is missing the scope ${scope}`,
			description: `This operation needs the scope ${scope}. To add it: open Leonar, go to Settings > API, edit this key and tick ${scope} (or give the key a bundle that includes it), then save; the same key keeps working. ${bundleText}${apiText}`,
			extra: { requiredScope: scope },
		};
	}

	if (code === 'billing_required') {
		return {
			message: 'The Leonar workspace has no active subscription',
			description: `Leonar answers API calls only for workspaces with an active subscription. A workspace admin can start or renew it in Leonar under Settings > Billing.${apiText}`,
		};
	}

	if (code === 'plan_upgrade_required') {
		return {
			message: 'The Leonar plan of this workspace does not include this feature',
			description: `Upgrade the workspace's plan in Leonar under Settings > Billing to use this operation.${apiText}`,
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
				`${counts} Buy more ${kind} credits in Leonar under Settings > Billing, or ask for fewer results.${apiText}`.trim(),
		};
	}

	if (statusCode === 404 || code === 'not_found') {
		// Leonar names the missing kind ("Tag not found"); it may be another record of the
		// request than the endpoint's main one (e.g. the tag when tagging a contact).
		const named = /^([a-z][a-z ]*?) not found\.?$/i.exec(error.message ?? '')?.[1];
		const firstWord = (text: string) => text.toLowerCase().split(' ')[0];
		const other = named && firstWord(named) !== firstWord(endpoint.record) ? named : undefined;
		const kind = other ? other.charAt(0).toUpperCase() + other.slice(1).toLowerCase() : endpoint.record;
		const id = other ? context.idsByKind?.[other.toLowerCase().replace(/ /g, '_')] : context.recordId;
		const what = id ? `${kind} ${id}` : `The ${kind.toLowerCase()}`;
		return {
			message: `${what} was not found in Leonar`,
			description: `Check that the id is right and that the record belongs to the workspace of this API key (it may have been deleted).${apiText}`,
		};
	}

	if (statusCode === 400 || statusCode === 422 || code === 'validation_error') {
		return {
			message: `Leonar rejected the request: ${validationMessages(error)}`,
			description: 'Correct the field(s) named above and run the node again.',
		};
	}

	if (statusCode === 429 || code === 'rate_limit_exceeded') {
		const reset = resetTimeFromHeaders(failure.headers);
		const limit = failure.headers['x-ratelimit-limit'];
		return {
			message: "Leonar's hourly rate limit for this API key was hit",
			description: `${describeReset(reset)} The limit${limit ? ` (${String(limit)} requests per hour)` : ''} is shared by every workflow that uses this key. Raise "Max Rate Limit Wait" in the node's options to let the node wait for the reset, or spread the work over more time.`,
			extra: { resetAt: reset ? reset.toISOString() : null },
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
