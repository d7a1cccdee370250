/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- this test captures the process output and the console */
import type { INodeParameters } from 'n8n-workflow';
import { LoggerProxy } from 'n8n-workflow';

import type { FaultAction } from '../simulator';
import { locator, useSimulator } from '../support';

const t = useSimulator();

const output: string[] = [];
const streams = [process.stdout, process.stderr] as const;
const originals = streams.map((stream) => stream.write.bind(stream));
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const originalConsole = consoleMethods.map((name) => console[name]);

// n8n's engine logs through LoggerProxy (e.g. "Running node ... finished with error" with the
// error): capture every level as a log line. Set before each test, because n8n's own Logger
// re-registers itself the first time an execution asks for it.
const line = (level: string) => (message: string, meta?: object) =>
	output.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`);
beforeEach(() => {
	LoggerProxy.init({
		error: line('error'),
		warn: line('warn'),
		info: line('info'),
		debug: line('debug'),
	} as never);
});

beforeAll(() => {
	streams.forEach((stream) => {
		stream.write = ((chunk: unknown) => {
			output.push(String(chunk));
			return true;
		}) as typeof stream.write;
	});
	consoleMethods.forEach((name) => {
		console[name] = (...args: unknown[]) =>
			output.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
	});
});
afterAll(() => {
	streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write));
	consoleMethods.forEach((name, index) => (console[name] = originalConsole[index]));
});

const contactId = () => String([...t.sim.state.contacts.values()].find((c) => !c.archived_at)?.id);
const getContact = (): INodeParameters => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator(contactId()),
});
const createContact: INodeParameters = {
	resource: 'contact',
	operation: 'create',
	firstName: 'Ada',
};
const reset = () => String(Math.ceil(Date.now() / 1000) + 3600);

const faults: Array<[string, FaultAction]> = [
	[
		'400',
		{ status: 400, body: { error: { code: 'validation_error', message: 'first_name: Required' } } },
	],
	[
		'402',
		{
			status: 402,
			body: {
				error: {
					code: 'insufficient_credits',
					details: { credit_type: 'sourcing', available: 0, required: 1 },
				},
			},
		},
	],
	[
		'403 scope',
		{
			status: 403,
			body: {
				error: { code: 'insufficient_scope', details: { required_scope: 'contacts:write' } },
			},
		},
	],
	['403 billing', { status: 403, body: { error: { code: 'billing_required' } } }],
	['403 plan', { status: 403, body: { error: { code: 'plan_upgrade_required' } } }],
	['404', { status: 404, body: { error: { code: 'not_found', message: 'Contact not found' } } }],
	['429', { status: 429, headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset() } }],
	['500', { status: 500, body: { error: { code: 'internal_error' } } }],
	['503 html', { status: 503, body: '<html>Service Unavailable</html>' }],
	['418', { status: 418, body: { error: { code: 'teapot', message: 'I am a teapot' } } }],
	['dropped connection', { drop: true }],
	['malformed body', { malformed: true }],
	['truncated body', { truncate: true }],
];

describe('the API key never leaves the Authorization header', () => {
	const key = () => t.sim.keys.full_access;

	function assertClean(label: string, texts: string[], secret: string) {
		for (const text of texts) {
			if (text.includes(secret))
				throw new Error(`${label}: the key appears in: ${text.slice(0, 300)}`);
		}
	}

	it.each(faults)(
		'%s: not in the error, the stored execution, the output or any log line',
		async (label, action) => {
			for (const [parameters, method, path] of [
				[getContact(), 'GET', /^\/contacts\//],
				[createContact, 'POST', '/contacts'],
			] as const) {
				t.sim.faults.clear();
				t.sim.faults.add({ method, path, times: Infinity, action });
				for (const continueOnFail of [false, true]) {
					output.length = 0;
					const result = await t.run(parameters, { continueOnFail, nodeSettings: {} });
					const error = result.error as unknown as Record<string, unknown> | undefined;
					if (!continueOnFail) expect(error).toBeDefined();
					else expect(result.items[0].json.error).toEqual(expect.any(String));
					assertClean(
						label,
						[
							String(error?.message),
							String(error?.description),
							JSON.stringify(error ?? {}),
							JSON.stringify((error?.cause as object) ?? {}),
							JSON.stringify(result.run ?? {}),
							JSON.stringify(result.items),
							...output,
						],
						key(),
					);
				}
			}
		},
	);

	it('401 with a recognisable key: the key is not echoed anywhere', async () => {
		const revokedKey = ['leo', 'RECOGNISABLE', 'SECRET', '7f3a9c'].join('_');
		output.length = 0;
		const result = await t.run(getContact(), { apiKey: revokedKey });
		expect(result.error?.httpCode).toBe('401');
		expect(output.join('\n')).toContain('finished with error');
		assertClean(
			'401',
			[
				JSON.stringify(result.error),
				String(result.error?.description),
				JSON.stringify(result.run),
				...output,
			],
			revokedKey,
		);
	});

	it('a refused connection and a timeout do not echo it either', async () => {
		output.length = 0;
		const refused = await t.run(getContact(), { baseUrl: 'http://127.0.0.1:9/api/v1' });
		t.sim.faults.add({ path: /^\/contacts\//, times: Infinity, action: { delayMs: 2500 } });
		const slow = await t.run({ ...getContact(), options: { timeout: 1 } });
		expect(refused.error).toBeDefined();
		expect(slow.error?.message).toBe('Leonar did not answer in time');
		assertClean(
			'network',
			[JSON.stringify(refused.run), JSON.stringify(slow.run), ...output],
			key(),
		);
	}, 20000);

	it('no request carries the key in its URL', async () => {
		await t.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 });
		await t.run(createContact);
		const calls = t.calls();
		expect(calls.length).toBeGreaterThan(0);
		for (const call of calls) {
			expect(JSON.stringify({ path: call.path, query: call.query })).not.toContain(key());
			expect(call.headers.authorization).toBe(`Bearer ${key()}`);
		}
	});
});
