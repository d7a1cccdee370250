/**
 * `npm run probe` against both simulator profiles, in-process on port 0: against the default
 * profile (every guess of the node holds) every check it can make is verified; against the
 * documented profile it contradicts exactly what that profile hides (test/simulator/profiles.js)
 * among what a read-only probe can see. It only reads, stays within 60 requests, paces itself on
 * the rate-limit headers, and names the scope a narrower key lacks.
 */
import { ENDPOINTS } from '../../nodes/Leonar/transport/endpoints';
import type { ProbeReport } from '../../tools/probe';
import { runProbe } from '../../tools/probe';
import type { KeyName, SimulatorProfile } from '../simulator';
import { CONTRADICTED } from '../simulator';
import { useSimulator } from '../support';

const t = useSimulator();

async function probe(
	profile: SimulatorProfile,
	key: KeyName = 'full_access',
): Promise<ProbeReport> {
	t.sim.setProfile(profile);
	return await runProbe({ apiKey: t.sim.keys[key], baseUrl: t.sim.url, endpoints: ENDPOINTS });
}

const byResult = (report: ProbeReport, result: string) =>
	report.results.filter((entry) => entry.result === result);

/** What a read-only probe cannot see, whatever the server: writes, credits, a write-only field. */
const UNSEEABLE = [
	/changes data; the probe only reads/,
	/advanced profile search is never called/,
	/^needs a write/,
	/no 403 insufficient_scope was seen/,
];

describe('npm run probe', () => {
	it('default profile: every check it can make is verified, within 60 requests, read-only', async () => {
		const contacts = t.sim.state.contacts.size;
		const report = await probe('default');
		expect(byResult(report, 'contradicted')).toEqual([]);
		for (const entry of byResult(report, 'not checkable'))
			expect(UNSEEABLE.some((reason) => reason.test(entry.detail))).toBe(true);
		const undocumentedGets = Object.entries(ENDPOINTS).filter(
			([, e]) => e.method === 'GET' && (e.evidence === 'IMPLIED' || e.evidence === 'CODE'),
		);
		for (const [name] of undocumentedGets)
			expect(
				report.results.find((r) => r.endpoint === name && r.check === `endpoint:${name}`),
			).toMatchObject({ result: 'verified', observed: 'exists' });
		expect(report.requests).toBeLessThanOrEqual(60);
		expect(report.requests).toBe(t.calls().length);
		// read-only: GETs and the read-only searches; nothing written, no credit spent
		for (const call of t.calls())
			expect(
				call.method === 'GET' ||
					['/contacts/search', '/sourcing/linkedin/search'].includes(call.path),
			).toBe(true);
		expect(t.calls('POST', '/sourcing/advanced/profiles/search')).toEqual([]);
		expect(t.sim.state.contacts.size).toBe(contacts);
		expect(t.sim.state.credits).toEqual({ sourcing: 100, enrichment: 100 });
	});

	it('documented profile: contradicts exactly what the profile hides, as far as reading can tell', async () => {
		const report = await probe('documented');
		const contradicted = new Set(byResult(report, 'contradicted').map((r) => r.assumption));
		const readable = CONTRADICTED.map((c) => c.id).filter(
			(id) =>
				!['company-fields', 'scope-error-details'].includes(id) && !id.startsWith('advanced-'),
		);
		expect([...contradicted].sort()).toEqual(readable.sort());
		// every inferred GET is contradicted; every endpoint seen in client code still verified
		for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
			const entry = report.results.find((r) => r.check === `endpoint:${name}`);
			if (endpoint.evidence === 'IMPLIED' && endpoint.method === 'GET')
				expect(entry).toMatchObject({ result: 'contradicted', observed: 'missing' });
			if (endpoint.evidence === 'CODE' && endpoint.method === 'GET')
				expect(entry).toMatchObject({ result: 'verified', observed: 'exists' });
		}
		for (const entry of byResult(report, 'not checkable'))
			expect(UNSEEABLE.some((reason) => reason.test(entry.detail))).toBe(true);
		// the report maps onto the endpoint table: one line per endpoint to correct
		for (const finding of report.endpointFindings)
			expect(ENDPOINTS).toHaveProperty(finding.endpoint);
		expect(report.endpointFindings.filter((f) => f.observed === 'missing').length).toBe(
			Object.values(ENDPOINTS).filter((e) => e.evidence === 'IMPLIED' && e.method === 'GET').length,
		);
	});

	it.each<[SimulatorProfile, string]>([
		['default', 'verified'],
		['documented', 'contradicted'],
	])(
		'a narrower key (%s): checks it cannot make name the missing scope; the 403 body is %s',
		async (profile, scopeDetails) => {
			const report = await probe(profile, 'crm');
			expect(report.results.find((r) => r.check === 'projects-status-all')).toMatchObject({
				result: 'not checkable',
				detail: 'the key lacks the scope projects:read',
				scope: 'projects:read',
			});
			expect(report.results.find((r) => r.check === 'scope-error-details')?.result).toBe(
				scopeDetails,
			);
		},
	);

	it('paces itself on the rate-limit headers: a small window is waited out, no 429', async () => {
		t.sim.setRateLimit({ limit: 25, windowSeconds: 1 });
		const report = await probe('default');
		expect(byResult(report, 'contradicted')).toEqual([]);
		expect(t.calls().filter((call) => call.status === 429)).toEqual([]);
	});

	it('refuses a key over plain http to another host, and a key that is not a Leonar key', async () => {
		await expect(
			runProbe({
				apiKey: t.sim.keys.full_access,
				baseUrl: 'http://example.com/api/v1',
				endpoints: ENDPOINTS,
			}),
		).rejects.toThrow('LEONAR_BASE_URL must use https');
		await expect(
			runProbe({ apiKey: 'sk_nope', baseUrl: t.sim.url, endpoints: ENDPOINTS }),
		).rejects.toThrow('LEONAR_API_KEY');
		expect(t.calls()).toEqual([]);
	});
});
