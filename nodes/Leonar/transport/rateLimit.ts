/**
 * The hourly rate limit as Leonar's `X-RateLimit-*` headers describe it: what the last answer
 * of this run said about the window, when the window resets (read defensively: seconds,
 * milliseconds, seconds from now, or unusable), and how long to wait before asking again.
 */

import {
	MAX_RESET_AHEAD_MS,
	MAX_RESET_BEHIND_MS,
	RATE_LIMIT_FLOOR_MS,
	RESET_MARGIN_MS,
} from './constants';

/**
 * When the window resets: `at` a plausible moment; `none` when the answer did not say;
 * `unusable` when it said something that cannot be this hourly window's reset (`past` by more
 * than clock skew, `far` more than 2 hours ahead, `invalid` not a number), kept as sent so
 * that the error can quote it.
 */
export type Reset =
	| { kind: 'none' }
	| { kind: 'at'; at: Date }
	| { kind: 'unusable'; why: 'past' | 'far' | 'invalid'; raw: string };

interface RateState {
	remaining?: number;
	reset: Reset;
}

/**
 * What the last response of this execution said about the hourly window. Keyed by the
 * execution context, so it lives as long as one node run: nothing is shared across
 * workflows or workers, the source of truth stays the API's headers.
 */
const rateStates = new WeakMap<object, RateState>();

/**
 * Reads `X-RateLimit-Reset`. Leonar sends Unix seconds; a value above 1e12 is taken as Unix
 * milliseconds and one below 1e9 (before 2001 as seconds) as seconds from now. A moment more
 * than a few seconds past or more than 2 hours ahead is not this hourly window's reset.
 */
export function readReset(headers: Record<string, unknown>, now = Date.now()): Reset {
	const header = headers['x-ratelimit-reset'];
	const raw = String((Array.isArray(header) ? header[0] : header) ?? '').trim();
	if (!raw) return { kind: 'none' };
	const value = Number(raw);
	const unusable = (why: 'past' | 'far' | 'invalid'): Reset => ({
		kind: 'unusable',
		why,
		raw: raw.slice(0, 40),
	});
	if (!Number.isFinite(value) || value <= 0) return unusable('invalid');
	const at = value > 1e12 ? value : value < 1e9 ? now + value * 1000 : value * 1000;
	if (at < now - MAX_RESET_BEHIND_MS) return unusable('past');
	if (at > now + MAX_RESET_AHEAD_MS) return unusable('far');
	return { kind: 'at', at: new Date(Math.round(at)) };
}

export function describeReset(reset: Reset): string {
	switch (reset.kind) {
		case 'at':
			return `The window resets at ${reset.at.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC).`;
		case 'unusable': {
			const header = `X-RateLimit-Reset: ${reset.raw}`;
			if (reset.why === 'invalid')
				return `Leonar sent a reset time the node cannot read (${header}); it is an hourly window, so try again within the hour.`;
			return `Leonar's reset time for the window (${header}) is ${reset.why === 'past' ? "already past by this machine's clock" : "more than 2 hours ahead of this machine's clock, which does not fit an hourly window"} (check the clock of the n8n host); it is an hourly window, so try again within the hour.`;
		}
		default:
			return 'Leonar did not say when the window resets; it is an hourly window, so try again within the hour.';
	}
}

/** The reset as the API error carries it (`resetAt`), only when it is a real moment. */
export function resetAt(reset: Reset): string | null {
	return reset.kind === 'at' ? reset.at.toISOString() : null;
}

/** Remembers what an answer's (lower-cased) headers say about the window. */
export function updateRateState(context: object, headers: Record<string, unknown>): void {
	const state = rateStates.get(context) ?? { reset: { kind: 'none' } };
	const remaining = Number(headers['x-ratelimit-remaining']);
	if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
		state.remaining = remaining;
		state.reset = readReset(headers);
	}
	rateStates.set(context, state);
}

/**
 * The reset of the window, when the last answer of this run said no requests are left in it
 * and it has not reset yet: the next request would be a 429 the headers predicted. An
 * unusable or missing reset predicts nothing (the request is sent; a 429 is handled then).
 */
export function predictedReset(context: object): (Reset & { kind: 'at' }) | undefined {
	const state = rateStates.get(context);
	if (state?.remaining === 0 && state.reset.kind === 'at' && state.reset.at.getTime() > Date.now())
		return state.reset;
	return undefined;
}

/**
 * How long this node run has waited for rate-limit windows so far, in ms of the run's time
 * (keyed by the execution context, like the state above), and until when the latest wait
 * lasts: "Max Rate Limit Wait" bounds the total. Requests in flight side by side (pages read
 * concurrently, items run a few at a time) that wait at the same time wait once: only the
 * part of a wait that goes past the waits already under way counts.
 */
const waitedInRun = new WeakMap<object, { ms: number; until: number }>();

export function rateLimitWaited(context: object): number {
	return waitedInRun.get(context)?.ms ?? 0;
}

/** What waiting `ms` from `now` adds to the run's waiting: the part past the waits under way. */
export function rateLimitWaitAdds(context: object, ms: number, now = Date.now()): number {
	const until = waitedInRun.get(context)?.until ?? now;
	return Math.max(0, now + ms - Math.max(now, until));
}

export function addRateLimitWait(context: object, ms: number, now = Date.now()): void {
	const adds = rateLimitWaitAdds(context, ms, now);
	const until = Math.max(waitedInRun.get(context)?.until ?? now, now + ms);
	waitedInRun.set(context, { ms: rateLimitWaited(context) + adds, until });
}

/** Forgets the "none left" of the last answer, once the node waited for the reset. */
export function forgetRemaining(context: object): void {
	const state = rateStates.get(context);
	if (state) state.remaining = undefined;
}

/**
 * How long to wait, in ms, before asking again after the `attempt`-th 429 of a request (or,
 * with no attempt, before a request the headers predicted would be a 429): until the reset
 * plus a margin, and never less than a floor (1 s). When the reset is missing, past or
 * unreadable, the floor grows with each 429 (1 s, 2 s, 4 s), so the API is never asked again
 * at once. A reset hours ahead is not waited for (Infinity).
 */
export function rateLimitWaitMs(reset: Reset, attempt?: number, now = Date.now()): number {
	if (reset.kind === 'unusable' && reset.why === 'far') return Infinity;
	const untilReset = reset.kind === 'at' ? reset.at.getTime() - now + RESET_MARGIN_MS : 0;
	if (attempt === undefined) return Math.max(0, untilReset);
	const floor =
		reset.kind === 'at' ? RATE_LIMIT_FLOOR_MS : RATE_LIMIT_FLOOR_MS * 2 ** (attempt - 1);
	return Math.max(untilReset, floor);
}

/** What the last answer of this run said about the window, read-only (./budget.ts). */
export function lastRateState(context: object): Readonly<RateState> | undefined {
	return rateStates.get(context);
}
