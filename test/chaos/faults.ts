/* eslint-disable @n8n/community-nodes/no-restricted-globals */
/**
 * The faults the chaos suite injects, each as simulator fault rules aimed at one request
 * (method + path, after `skip` matching requests have passed).
 */
import type { INodeParameters } from 'n8n-workflow';

import type { FaultRule, LogEntry, Simulator } from '../simulator';

export interface Target {
	method: string;
	path: string | RegExp;
	/** Matching requests to let through first (1 = hit the second page / second chunk). */
	skip: number;
}

export interface Fault {
	name: string;
	rules(target: Target): FaultRule[];
	/** Node options the fault needs (e.g. a short Timeout). */
	options?: INodeParameters;
	/** Run the list sorted by Updated At, where the path can be (see ListPath). */
	sortedByUpdatedAt?: boolean;
}

/** Headers of a window used up until `reset` (Unix seconds). */
function usedUpUntil(reset: number): Record<string, string> {
	return {
		'X-RateLimit-Limit': '1000',
		'X-RateLimit-Remaining': '0',
		'X-RateLimit-Reset': String(reset),
	};
}

/** Headers of a 429 whose window resets within the next second (the header is in whole seconds). */
export function nearReset(): Record<string, string> {
	return usedUpUntil(Math.floor(Date.now() / 1000) + 1);
}

const at = (target: Target, times: number, action: FaultRule['action']): FaultRule => ({
	method: target.method,
	path: target.path,
	skip: target.skip,
	times,
	action,
});

/**
 * A fault path that matches the target's path only until `untilMs` (epoch ms): the simulator
 * tests a RegExp path on each request as it arrives, so the rule fires for every matching
 * request until then and for none after, without a timer.
 */
class MatchUntil extends RegExp {
	constructor(
		path: string | RegExp,
		private readonly untilMs: number,
	) {
		super(
			typeof path === 'string' ? `^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$` : path.source,
			typeof path === 'string' ? '' : path.flags,
		);
	}

	test(text: string): boolean {
		return Date.now() < this.untilMs && super.test(text);
	}
}

/**
 * The key's window used up until it resets, 1–2 s from now (another workflow on the same key
 * spent it): every request answers 429 with that reset until then. A sequential read waits
 * once; requests in flight side by side each get the 429 and wait for the same reset.
 */
export function windowUsedUp(target: Target): FaultRule[] {
	const reset = Math.floor(Date.now() / 1000) + 2;
	return [
		{
			method: target.method,
			path: new MatchUntil(target.path, reset * 1000),
			skip: target.skip,
			times: Infinity,
			action: { status: 429, headers: usedUpUntil(reset) },
		},
	];
}

/** Faults every path gets (reads and writes). */
export const COMMON_FAULTS: Fault[] = [
	{
		name: '429 burst (3 in a row, reset ≤1 s)',
		rules: (target) => [
			at(target, 3, {
				status: 429,
				headers: nearReset(),
				body: {
					error: {
						code: 'rate_limit_exceeded',
						message: 'Rate limit exceeded. Limit: 1000 requests per hour.',
					},
				},
			}),
		],
	},
	{ name: '500 once', rules: (target) => [at(target, 1, { status: 500 })] },
	{ name: '502 twice', rules: (target) => [at(target, 2, { status: 502 })] },
	{ name: '503 always', rules: (target) => [at(target, Infinity, { status: 503 })] },
	{
		name: 'slow (1.5 s > Timeout 1 s)',
		rules: (target) => [at(target, 1, { delayMs: 1500 })],
		options: { timeout: 1 },
	},
	{ name: 'dropped connection', rules: (target) => [at(target, 1, { drop: true })] },
	{ name: 'malformed JSON', rules: (target) => [at(target, 1, { malformed: true })] },
	{ name: 'truncated JSON', rules: (target) => [at(target, 1, { truncate: true })] },
];

/**
 * Waits until the simulator has answered every request it received (a request the node gave
 * up on, e.g. after its timeout, may still be processed), so that state counts are final.
 */
export async function settle(sim: Simulator, maxMs = 3000): Promise<void> {
	const pending = (entry: LogEntry) => entry.status === null && entry.fault !== 'drop';
	const until = Date.now() + maxMs;
	while (sim.log.some(pending) && Date.now() < until) {
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
