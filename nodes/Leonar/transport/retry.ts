/**
 * The retry rule, defined here once: which requests may be sent again after a failure
 * (5xx, network error, unreadable answer), how often, and how long to wait in between.
 * The error texts (./errors.ts, ./apiFailures.ts) use the same rule to say whether a
 * request was repeated.
 */

import { BACKOFF_BASE_MS, MAX_ATTEMPTS } from './constants';
import type { Endpoint } from './endpoints';

/** A retry is safe when repeating the request cannot create or change anything twice. */
export function isSafeToRepeat(endpoint: Endpoint): boolean {
	return endpoint.method !== 'POST' || endpoint.readOnlyPost === true;
}

/**
 * Whether a request that just failed on its `attempt`-th try may be sent again: only while
 * attempts are left, and only if repeating it is safe or it certainly never reached the API.
 */
export function mayRetry(endpoint: Endpoint, attempt: number, notSent = false): boolean {
	return attempt < MAX_ATTEMPTS && (notSent || isSafeToRepeat(endpoint));
}

/** How long to wait before the next attempt: 500 ms after the first, doubling after each further one. */
export function backOffMs(attempt: number): number {
	return BACKOFF_BASE_MS * 2 ** (attempt - 1);
}
