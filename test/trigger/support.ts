/**
 * Helpers for the trigger tests: a simulator per file, pollers bound to it, a small API client
 * for making changes the way a Leonar user would, and a tally of emitted events per record.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { KeyName } from '../simulator';
import type { TestSimulator } from '../support';
import { useSimulator } from '../support';
import { Poller } from '../harness/poll';

export const T0 = '2030-03-04T09:00:00.000Z';

export interface TriggerTest extends TestSimulator {
	poller(parameters: INodeParameters, key?: KeyName): Poller;
	/** Calls the simulator's API with the full-access key; returns the `data` of the answer. */
	api(method: string, path: string, body?: IDataObject): Promise<IDataObject>;
	/** Advances the simulator's (frozen) clock. */
	tick(ms?: number): void;
}

export function useTrigger(): TriggerTest {
	const base = useSimulator();
	beforeEach(() => {
		base.sim.clock.set(T0);
	});
	const test = Object.create(base) as TriggerTest;
	test.poller = (parameters, key = 'full_access') =>
		new Poller({ parameters, credentials: { apiKey: base.sim.keys[key], baseUrl: base.sim.url } });
	test.api = async (method, path, body) => {
		const response = await fetch(`${base.sim.url}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${base.sim.keys.full_access}`,
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		const json = text ? (JSON.parse(text) as IDataObject) : {};
		if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
		return (json.data ?? json) as IDataObject;
	};
	test.tick = (ms = 1000) => {
		base.sim.clock.advance(ms);
	};
	return test;
}

/** Counts emitted events per key (record id, or id + version). */
export class Tally {
	readonly counts = new Map<string, number>();

	readonly items: IDataObject[] = [];

	constructor(private readonly keyOf: (item: IDataObject) => string = (item) => String(item.id)) {}

	add(items: IDataObject[] | null | undefined): IDataObject[] {
		for (const item of items ?? []) {
			const key = this.keyOf(item);
			this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
			this.items.push(item);
		}
		return items ?? [];
	}

	/** Keys emitted more than once. */
	duplicates(): string[] {
		return [...this.counts].filter(([, count]) => count > 1).map(([key]) => key);
	}

	/** Expected keys never emitted. */
	missing(expected: string[]): string[] {
		return expected.filter((key) => !this.counts.has(key));
	}

	/** Emitted keys that were not expected. */
	unexpected(expected: string[]): string[] {
		const wanted = new Set(expected);
		return [...this.counts.keys()].filter((key) => !wanted.has(key));
	}

	/** Every expected key exactly once and nothing else. */
	expectExactly(expected: string[]): void {
		expect({
			missing: this.missing(expected),
			duplicates: this.duplicates(),
			unexpected: this.unexpected(expected),
		}).toEqual({
			missing: [],
			duplicates: [],
			unexpected: [],
		});
	}
}

export const contactBody = (n: number | string): IDataObject => ({
	first_name: `Trigger${n}`,
	last_name: 'Test',
	emails: [{ email: `trigger${n}@example.com`, type: 'work' }],
});
