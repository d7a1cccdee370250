/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a test server on loopback, not node code */
/**
 * "Timeout" is a deadline for the whole request, not an idle timeout: a server that answers at
 * once but trickles its body one byte at a time does not hold the node past it. The request
 * ends as the timeout it is (the usual wording), and is repeated only where that is safe.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { locator, useSimulator } from '../support';

const t = useSimulator();
const ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

interface Trickler {
	url: string;
	requests: string[];
	/** Answers the client gave up on before their last byte (the node aborted the request). */
	aborted: () => number;
	/** Answers whose connection has closed, either way. */
	closed: () => number;
	close: () => Promise<void>;
}

/** Answers every request at once with 200/201 headers, then one byte of JSON every 500 ms. */
async function trickler(): Promise<Trickler> {
	const requests: string[] = [];
	let aborted = 0;
	let closed = 0;
	const timers = new Set<NodeJS.Timeout>();
	const server = http.createServer((req, res) => {
		requests.push(`${req.method} ${req.url}`);
		req.resume();
		const body = '{"data":{"id":1}}'; // 17 bytes: 8.5 s
		res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
		let sent = 0;
		res.on('close', () => {
			closed++;
			if (sent < body.length) aborted++;
		});
		const timer = setInterval(() => {
			if (res.destroyed || sent >= body.length) {
				clearInterval(timer);
				timers.delete(timer);
				if (!res.destroyed) res.end();
				return;
			}
			res.write(body[sent++]);
		}, 500);
		timers.add(timer);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/api/v1`,
		requests,
		aborted: () => aborted,
		closed: () => closed,
		close: async () => {
			for (const timer of timers) clearInterval(timer);
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

let server: Trickler;
beforeEach(async () => {
	server = await trickler();
});
afterEach(async () => {
	await server.close();
});

describe('Timeout is a deadline for the whole request', () => {
	it('a read whose body trickles past Timeout 1 s fails as a timeout, after the safe retries', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator(ID), options: { timeout: 1 } },
			{ baseUrl: server.url },
		);
		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe('Leonar did not answer in time');
		expect(result.error?.description).toContain('Raise "Timeout" in the node options');
		expect(result.error?.description).toContain('The node tried 3 times before giving up.');
		expect(server.requests).toEqual([
			`GET /api/v1/contacts/${ID}`,
			`GET /api/v1/contacts/${ID}`,
			`GET /api/v1/contacts/${ID}`,
		]);
		// Really aborted, not just abandoned: each connection is closed before its last byte.
		while (server.closed() < 3) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(server.aborted()).toBe(3);
	});

	it('a create whose body trickles past the deadline is not repeated, and says so', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'create', firstName: 'Ada', options: { timeout: 1 } },
			{ baseUrl: server.url },
		);
		expect(result.error?.message).toBe('Leonar did not answer in time');
		expect(result.error?.description).toContain('The request was not repeated');
		expect(server.requests).toEqual(['POST /api/v1/contacts']);
	});

	it('with Continue On Fail the timed-out item carries the error and the next item runs', async () => {
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'create',
				firstName: '={{ $json.name }}',
				options: { timeout: 1 },
			},
			{ baseUrl: server.url, input: [{ name: 'Ada' }, { name: 'Bob' }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.json.error)).toEqual([
			'Leonar did not answer in time',
			'Leonar did not answer in time',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(server.requests).toEqual(['POST /api/v1/contacts', 'POST /api/v1/contacts']);
	});
});
