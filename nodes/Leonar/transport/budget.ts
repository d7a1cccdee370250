/**
 * The request budget Leonar last reported to this node run, read-only: X-RateLimit-Remaining
 * and the window's reset from the latest answer (the state itself is kept by ./rateLimit.ts).
 * The router's concurrency gate (actions/concurrency.ts) never has more requests in flight
 * than this says are left.
 */

import { lastRateState } from './rateLimit';

export interface ReportedBudget {
	/** Requests left in the window, as the last answer said; undefined before any answer. */
	remaining?: number;
	/** When that window resets, where the answer said so in a usable way. */
	reset?: Date;
}

export function reportedBudget(context: object): ReportedBudget {
	const state = lastRateState(context);
	const reset = state?.reset;
	return { remaining: state?.remaining, reset: reset?.kind === 'at' ? reset.at : undefined };
}
