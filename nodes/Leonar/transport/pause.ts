/**
 * Waiting inside a node run (for a rate-limit window, between retries) that ends at once when
 * the execution is cancelled (n8n's Stop button, a workflow timeout): the execution's abort
 * signal, where the host gives one (`getExecutionCancelSignal`, n8n 1.x and 2.x execute and
 * poll contexts; older hosts and load-options contexts have none, and then a wait just runs).
 */

import type { IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { executionCancelledError } from './errors';
import type { LeonarContext } from './types';

/** The execution's cancel signal, if the host has one. */
export function cancelSignal(context: LeonarContext): AbortSignal | undefined {
	const get = (context as Partial<IExecuteFunctions>).getExecutionCancelSignal;
	if (typeof get !== 'function') return undefined;
	try {
		return get.call(context) ?? undefined;
	} catch {
		return undefined;
	}
}

/** Throws when the execution has been cancelled: nothing more is sent. */
export function stopIfCancelled(context: LeonarContext, itemIndex?: number): void {
	if (cancelSignal(context)?.aborted) throw executionCancelledError(context.getNode(), itemIndex);
}

/**
 * Waits `ms`, or throws as soon as the execution is cancelled. n8n-workflow's `sleep` takes
 * the signal in n8n 2.x and clears its timer on abort; older hosts ignore it, so the wait is
 * also raced against the signal itself.
 */
export async function pause(context: LeonarContext, ms: number, itemIndex?: number): Promise<void> {
	stopIfCancelled(context, itemIndex);
	if (ms <= 0) return;
	const signal = cancelSignal(context);
	if (!signal) return await sleep(ms);
	let onAbort = () => {};
	const aborted = new Promise<void>((resolve) => {
		onAbort = resolve;
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms, signal).catch(() => undefined), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
	stopIfCancelled(context, itemIndex);
}
