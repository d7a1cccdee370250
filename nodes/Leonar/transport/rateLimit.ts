/**
 * The hourly rate limit as Leonar's `X-RateLimit-*` headers describe it: what the last answer
 * of this run said about the window, when the window resets, and whether waiting for the reset
 * fits in "Max Rate Limit Wait".
 */

import { RESET_MARGIN_MS } from './constants';

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

/** The reset moment of the hourly window, from `X-RateLimit-Reset` (Unix seconds). */
export function resetTimeFromHeaders(headers: Record<string, unknown>): Date | undefined {
	const raw = headers['x-ratelimit-reset'];
	const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
	if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
	return new Date(seconds * 1000);
}

export function describeReset(reset: Date | undefined): string {
	if (!reset)
		return 'Leonar did not say when the window resets; it is an hourly window, so try again within the hour.';
	return `The window resets at ${reset.toISOString().replace('.000Z', 'Z')} (UTC).`;
}

/** Remembers what an answer's (lower-cased) headers say about the window. */
export function updateRateState(context: object, headers: Record<string, unknown>): RateState {
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

/**
 * The reset of the window, when the last answer of this run said no requests are left in it
 * and it has not reset yet: the next request would be a 429 the headers predicted.
 */
export function predictedReset(context: object): Date | undefined {
	const state = rateStates.get(context);
	if (state?.remaining === 0 && state.reset && state.reset.getTime() > Date.now())
		return state.reset;
	return undefined;
}

/** Forgets the "none left" of the last answer, once the node waited for the reset. */
export function forgetRemaining(context: object): void {
	const state = rateStates.get(context);
	if (state) state.remaining = undefined;
}

/**
 * How long to wait for the window to reset, in ms (0 or less: not at all), or undefined when
 * that is unknown or longer than `maxRateLimitWait` seconds and the node should give up.
 */
export function windowWaitMs(
	reset: Date | undefined,
	maxRateLimitWait: number,
): number | undefined {
	const waitMs = reset ? reset.getTime() - Date.now() + RESET_MARGIN_MS : Infinity;
	if (waitMs > maxRateLimitWait * 1000) return undefined;
	return waitMs;
}

/** What the last answer of this run said about the window, read-only (./budget.ts). */
export function lastRateState(context: object): Readonly<RateState> | undefined {
	return rateStates.get(context);
}
