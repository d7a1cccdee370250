/**
 * Failures that never got an HTTP answer: which network error it was (from the error's
 * `code`, wherever n8n nested it), whether the request certainly never reached the API, and
 * how to say it to the user.
 */

import { MAX_ATTEMPTS } from './constants';

export interface NetworkFailure {
	code: string;
	/** True when the request certainly never reached the API. */
	notSent: boolean;
}

export function classifyNetworkError(error: unknown): NetworkFailure {
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
	const notSent = [
		'ECONNREFUSED',
		'ENOTFOUND',
		'EAI_AGAIN',
		'EHOSTUNREACH',
		'ENETUNREACH',
	].includes(code);
	return { code: code || 'UNKNOWN', notSent };
}

/** The message and description of a network failure; `repeated` says whether it was retried. */
export function describeNetworkFailure(
	failure: NetworkFailure,
	baseUrl: string,
	repeated: boolean,
): [string, string] {
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
