/**
 * "Timeout" as a deadline for the whole request. n8n's `timeout` option is an idle timeout
 * (no byte for that long), so a server that trickles its answer could hold the node for ever.
 * Here the request is aborted when the deadline passes: an AbortSignal that fires then is
 * given to the request (`abortSignal`, which n8n hands to its HTTP client), combined with the
 * execution's cancel signal, which n8n's `httpRequestWithAuthentication` sets on the same
 * option; and the request is raced against the deadline, for hosts that ignore the signal.
 */

import type { IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { deadlineExceededError } from './errors';

/** A signal that fires when any of the given ones does. */
function anySignal(signals: AbortSignal[]): AbortSignal {
	const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
	if (typeof any === 'function') return any.call(AbortSignal, signals);
	const controller = new AbortController();
	for (const signal of signals) {
		if (signal.aborted) {
			controller.abort(signal.reason);
			break;
		}
		signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
	}
	return controller.signal;
}

/**
 * Makes `options.abortSignal` also fire at the deadline: whatever signal the host sets on the
 * option (the execution's cancel signal) is kept and combined with the deadline's.
 */
function abortAtDeadline(options: IHttpRequestOptions, deadline: AbortSignal): void {
	let hostSignal: AbortSignal | undefined;
	let combined: AbortSignal | undefined;
	Object.defineProperty(options, 'abortSignal', {
		configurable: true,
		enumerable: true,
		get: () => (hostSignal ? (combined ??= anySignal([hostSignal, deadline])) : deadline),
		set: (signal: AbortSignal | undefined) => {
			hostSignal = signal;
			combined = undefined;
		},
	});
}

const EXPIRED = Symbol('deadline expired');

/**
 * Sends the request with `send(options)`, and gives up when `ms` have passed since it was
 * sent, however the answer is arriving: the request is aborted and a timeout error thrown
 * (read as a network timeout, ETIMEDOUT, so it is worded and retried like any timeout).
 */
export async function sendWithDeadline<T>(
	options: IHttpRequestOptions,
	ms: number,
	send: (options: IHttpRequestOptions) => Promise<T>,
): Promise<T> {
	const deadline = new AbortController();
	const settled = new AbortController();
	abortAtDeadline(options, deadline.signal);
	const expired = sleep(ms, settled.signal).then(
		() => EXPIRED,
		() => undefined,
	);
	try {
		// The deadline aborts the request only once the race is decided, so a failure of the
		// request itself is never mistaken for the deadline, nor the other way round.
		const outcome = await Promise.race([send(options), expired]);
		if (outcome === EXPIRED) {
			deadline.abort();
			throw deadlineExceededError(ms);
		}
		return outcome as T;
	} finally {
		// Ends the timer (n8n 2.x's sleep takes the signal; on older hosts it runs out unheeded).
		settled.abort();
	}
}
