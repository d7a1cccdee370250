/**
 * Company › Find or Create must never create a duplicate because the name lookup could not see
 * the existing company. Leonar's `search` on GET /companies is our guess; a server that
 * ignores it returns every company, oldest first, and the one with the name may lie beyond
 * the candidates the node reads.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test proxy on loopback, not node code */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { useSimulator } from '../support';

const t = useSimulator({ profile: 'documented' });

/** A loopback proxy in front of the simulator that drops `search` from GET /companies (as a server ignoring it would). */
let proxyUrl = '';
let server: http.Server;
beforeAll(async () => {
	server = http.createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://proxy');
		if (req.method === 'GET' && url.pathname.endsWith('/companies'))
			url.searchParams.delete('search');
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const target = `${t.sim.url.replace(/\/api\/v1$/, '')}${url.pathname}${url.search}`;
		const answer = await fetch(target, {
			method: req.method,
			headers: {
				authorization: String(req.headers.authorization ?? ''),
				'content-type': 'application/json',
			},
			body: chunks.length ? Buffer.concat(chunks) : undefined,
		});
		res.writeHead(answer.status, {
			'content-type': answer.headers.get('content-type') ?? 'application/json',
		});
		res.end(Buffer.from(await answer.arrayBuffer()));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));

function seedCompanies(n: number): void {
	const base = Date.parse('2026-01-01T00:00:00Z');
	for (let k = 0; k < n; k++) {
		const id = `c0000000-0000-4000-8000-${String(k).padStart(12, '0')}`;
		t.sim.state.companies.set(id, {
			id,
			name: `Filler ${k}`,
			custom_data: {},
			created_at: new Date(base + k * 1000).toISOString(),
			updated_at: new Date(base + k * 1000).toISOString(),
			archived_at: null,
		});
	}
}

describe('company findOrCreate when the name search is ignored', () => {
	it('with more companies than it can check, it creates nothing and says why', async () => {
		seedCompanies(300);
		const existing = {
			id: 'c1000000-0000-4000-8000-000000000001',
			name: 'Zeta Robotics',
			custom_data: {},
			created_at: '2026-06-01T00:00:00.000Z',
			updated_at: '2026-06-01T00:00:00.000Z',
			archived_at: null,
		};
		t.sim.state.companies.set(existing.id, existing);
		const before = t.sim.state.companies.size;
		const result = await t.run(
			{
				resource: 'company',
				operation: 'findOrCreate',
				name: 'Zeta Robotics',
				additionalFields: {},
			},
			{ baseUrl: proxyUrl },
		);
		const created = t.calls('POST', '/companies');
		expect(created).toHaveLength(0);
		expect(t.sim.state.companies.size).toBe(before);
		if (result.error) {
			expect(result.error.message).toMatch(/could not check/i);
			expect(result.error.description).toContain('nothing was created');
		} else {
			expect(result.items[0].json).toMatchObject({
				id: existing.id,
				_findOrCreate: { action: 'found' },
			});
		}
	});

	it('with few companies, it reads them all and still finds or creates correctly', async () => {
		const result = await t.run(
			{
				resource: 'company',
				operation: 'findOrCreate',
				name: 'A Brand New Company',
				additionalFields: {},
			},
			{ baseUrl: proxyUrl },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json._findOrCreate).toEqual({ action: 'created' });
		expect(t.calls('POST', '/companies')).toHaveLength(1);
	});
});
