/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test server on loopback, not node code */
/**
 * A 3xx never passes as success and is never followed: a create is not turned into a GET,
 * and the API key never travels to another origin or over plain http on any hop. Details
 * that a server echoes back are scrubbed of the key like everything else.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { useSimulator } from '../support';

const t = useSimulator();

interface Hop {
	url: string;
	hits: Array<{ method: string; url: string; authorization?: string }>;
	close: () => Promise<void>;
}

/** A loopback server that answers every request with `status` and a Location header. */
async function redirector(host: string, status: number, location: () => string): Promise<Hop> {
	const hits: Hop['hits'] = [];
	const server = http.createServer((req, res) => {
		hits.push({
			method: String(req.method),
			url: String(req.url),
			authorization: req.headers.authorization,
		});
		req.resume();
		res.writeHead(status, { Location: location(), 'Content-Type': 'application/json' });
		res.end('{}');
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}/api/v1`,
		hits,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

const createContact = {
	resource: 'contact',
	operation: 'create',
	firstName: 'Ada',
	additionalFields: {},
};

describe('redirects', () => {
	it.each([301, 302, 307])(
		'Create Contact against a Base URL that answers %i: an error, nothing created, not followed',
		async (status) => {
			const before = t.sim.state.contacts.size;
			const hop = await redirector('127.0.0.1', status, () => `${t.sim.url}/contacts`);
			try {
				const result = await t.run(createContact, { baseUrl: hop.url });
				expect(result.error?.message).toBe(
					`The server at the Base URL answered with a redirect (HTTP ${status}) instead of Leonar's answer`,
				);
				expect(result.error?.description).toContain(`${t.sim.url}/contacts`);
				expect(result.items).toHaveLength(0);
				expect(hop.hits).toHaveLength(1);
				expect(t.calls()).toHaveLength(0);
				expect(t.sim.state.contacts.size).toBe(before);
			} finally {
				await hop.close();
			}
		},
	);

	it('the key never reaches another origin over plain http (302 from 127.0.0.1 to 127.0.0.2)', async () => {
		const elsewhere = await redirector('127.0.0.2', 200, () => '');
		const hop = await redirector('127.0.0.1', 302, () => `${elsewhere.url}/contacts`);
		try {
			const key = t.sim.keys.full_access;
			const result = await t.run(
				{ resource: 'contact', operation: 'getAll', limit: 1 },
				{ baseUrl: hop.url, apiKey: key },
			);
			expect(result.error?.message).toContain('redirect (HTTP 302)');
			expect(hop.hits[0].authorization).toBe(`Bearer ${key}`);
			expect(elsewhere.hits).toHaveLength(0);
		} finally {
			await hop.close();
			await elsewhere.close();
		}
	});
});

describe('server text is scrubbed of the key, details included', () => {
	it('a 400 whose details echo the key: the stored error has no key anywhere', async () => {
		const key = t.sim.keys.full_access;
		t.sim.faults.add({
			method: 'GET',
			path: '/contacts',
			action: {
				status: 400,
				body: {
					error: {
						code: 'validation_error',
						message: 'Bad request',
						details: { echoed: `Bearer ${key}`, list: [key] },
					},
				},
			} as never,
		});
		const result = await t.run(
			{ resource: 'contact', operation: 'getAll', limit: 1 },
			{ apiKey: key },
		);
		expect(result.error).toBeDefined();
		const stored = [
			JSON.stringify(result.error),
			JSON.stringify(result.error?.cause ?? {}),
			JSON.stringify(result.run),
		];
		for (const text of stored) expect(text.includes(key)).toBe(false);
	});
});
