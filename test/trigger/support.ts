/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test proxy on loopback, not node code */
/**
 * Helpers for the trigger tests: a simulator per file, pollers bound to it, a small API client
 * for making changes the way a Leonar user would, and a tally of emitted events per record.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { KeyName, Simulator, SimulatorOptions } from '../simulator';
import type { TestSimulator } from '../support';
import { useSimulator } from '../support';
import { Poller } from '../harness/poll';

export const T0 = '2030-03-04T09:00:00.000Z';

export interface TriggerTest extends TestSimulator {
	/** A trigger on the simulator (or on `baseUrl`, e.g. a proxy in front of it). */
	poller(parameters: INodeParameters, key?: KeyName, baseUrl?: string): Poller;
	/** Calls the simulator's API with the full-access key; returns the `data` of the answer. */
	api(method: string, path: string, body?: IDataObject): Promise<IDataObject>;
	/** Advances the simulator's (frozen) clock. */
	tick(ms?: number): void;
}

/** `options.profile: 'documented'` = a simulator that serves only what Leonar documents. */
export function useTrigger(options: SimulatorOptions = {}): TriggerTest {
	const base = useSimulator(options);
	beforeEach(() => {
		base.sim.clock.set(T0);
	});
	const test = Object.create(base) as TriggerTest;
	test.poller = (parameters, key = 'full_access', baseUrl = base.sim.url) =>
		new Poller({ parameters, credentials: { apiKey: base.sim.keys[key], baseUrl } });
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

// ------------------------------------------------------------------ a proxy in front of the simulator

const OPERATOR_VALUE = /^(eq|neq|gt|gte|lt|lte|like|ilike|is)\./;

export interface ListProxy {
	/** The base URL to give the trigger's credential (`…/api/v1`). */
	readonly url: string;
	/** Drop every operator-valued query parameter (`created_at=gte.…`): the API ignores the filters. */
	dropFilters: boolean;
	/** Answer list requests with `data` in no usable order (sorted by id, not by any field asked for). */
	shuffle: boolean;
	/** The requests as the node sent them (before any filter was dropped). */
	readonly received: Array<{ method: string; path: string; query: Record<string, string> }>;
}

/**
 * An HTTP proxy on loopback between the trigger and the simulator, one per test file, that can
 * make the API ignore operator filters (for endpoints the documented profile hides, e.g.
 * GET /tasks) and ignore the sort too (list answers in no usable order).
 */
export function useListProxy(simulator: () => Simulator): ListProxy {
	let server: http.Server | undefined;
	let url = '';
	const proxy: ListProxy = {
		get url() {
			return url;
		},
		dropFilters: false,
		shuffle: false,
		received: [],
	};
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			void forward(req, res).catch((error: Error) => {
				res.writeHead(502, { 'Content-Type': 'text/plain' });
				res.end(error.message);
			});
		});
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
	});
	afterAll(async () => {
		server?.closeAllConnections();
		await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	});
	beforeEach(() => {
		proxy.dropFilters = false;
		proxy.shuffle = false;
		proxy.received.length = 0;
	});

	async function forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const incoming = new URL(req.url ?? '/', 'http://proxy');
		const query = Object.fromEntries(incoming.searchParams);
		proxy.received.push({
			method: req.method ?? 'GET',
			path: incoming.pathname.replace(/^\/api\/v1/, ''),
			query,
		});
		const target = new URL(simulator().url);
		target.pathname = incoming.pathname;
		for (const [name, value] of Object.entries(query)) {
			if (!(proxy.dropFilters && OPERATOR_VALUE.test(value)))
				target.searchParams.append(name, value);
		}
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(req.headers)) {
			if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name))
				headers[name] = value;
		}
		const response = await fetch(target, {
			method: req.method,
			headers,
			body: chunks.length ? Buffer.concat(chunks) : undefined,
		});
		let text = await response.text();
		if (proxy.shuffle && req.method === 'GET' && response.ok) {
			const body = JSON.parse(text) as IDataObject;
			if (Array.isArray(body.data)) {
				const data = [...(body.data as IDataObject[])];
				data.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
				text = JSON.stringify({ ...body, data });
			}
		}
		const out: Record<string, string> = {};
		response.headers.forEach((value, name) => {
			if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name))
				out[name] = value;
		});
		res.writeHead(response.status, out);
		res.end(text);
	}

	return proxy;
}
