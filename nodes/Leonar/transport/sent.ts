/**
 * Which requests of a node run were not safe to send twice (creates: see ./retry.ts), so that
 * a run of the node that n8n repeats ("Retry On Fail") can say what its earlier try had sent.
 * Keyed by the execution context, like the rate-limit state: one entry per node run.
 */

import type { Endpoint } from './endpoints';

export interface UnrepeatableSent {
	count: number;
	/** `METHOD path` of each kind sent, e.g. `POST /contacts`. */
	routes: string[];
}

const sent = new WeakMap<object, UnrepeatableSent>();

export function noteUnrepeatable(context: object, endpoint: Endpoint): void {
	const known = sent.get(context) ?? { count: 0, routes: [] };
	known.count++;
	const route = `${endpoint.method} ${endpoint.path}`;
	if (!known.routes.includes(route)) known.routes.push(route);
	sent.set(context, known);
}

export function unrepeatableSent(context: object): UnrepeatableSent {
	return sent.get(context) ?? { count: 0, routes: [] };
}
