/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test servers on this machine, not node code */
/**
 * "Test credential" follows the node's rule for the Base URL: https, or plain http to a
 * loopback host only; no query, no fragment; ends in the version segment. A Base URL that
 * breaks it fails the test with the node's explanation and nothing is sent: the key is never
 * put on a request that goes over plain http to another machine, nor to another host than the
 * Base URL (the HTTP Request node with this credential included).
 *
 * The test runs the credential's declarative test request the way n8n's CLI does
 * (CredentialsTester.runRequestTest: a temporary node whose one property routes the request,
 * run by n8n-core's RoutingNode in an ExecuteContext; the result is read as the CLI reads it).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

import type {
	ICredentialDataDecryptedObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow, createRunExecutionData } from 'n8n-workflow';
import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode } from 'n8n-core';

import { LeonarApi } from '../../credentials/LeonarApi.credentials';
import { createAdditionalData } from '../harness/n8n';
import { useSimulator } from '../support';

const t = useSimulator();
const credentialType = new LeonarApi();

interface TestResult {
	status: 'OK' | 'Error';
	message: string;
}

/** n8n's CredentialsTester.runRequestTest for a credential type with a `test` request. */
async function testCredential(data: ICredentialDataDecryptedObject): Promise<TestResult> {
	const test = credentialType.test;
	const nodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Temp' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'leonarApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					default: '',
					routing: { request: test.request },
				},
			],
		},
	} as unknown as INodeType;
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: 'temp',
		typeVersion: 1,
		position: [0, 0],
		credentials: { leonarApi: { id: '1', name: 'Leonar account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', { id: 'w' } as never);
	const additionalData = createAdditionalData({ leonarApi: data }, hooks);
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);
	const routingNode = new RoutingNode(context, nodeType, {
		id: '1',
		name: 'Leonar account',
		type: 'leonarApi',
		data,
	});
	try {
		await routingNode.runNode();
	} catch (caught) {
		// What the CLI shows: a rule's message for a status it names, else the status text,
		// else the error's code, else its message.
		const error = caught as Error & {
			cause?: { response?: { status: number; statusText?: string }; code?: string };
		};
		const status = error.cause?.response?.status;
		if (status !== undefined) {
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status)
					return { status: 'Error', message: rule.properties.message };
			}
			return { status: 'Error', message: `Received HTTP status code: ${status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: String(error.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** An address of this machine that is not loopback (so plain http to it crosses a network). */
function nonLoopbackAddress(): string {
	for (const addresses of Object.values(networkInterfaces())) {
		for (const address of addresses ?? []) {
			if (address.family === 'IPv4' && !address.internal) return address.address;
		}
	}
	return '127.0.0.2'; // reachable on Linux, and not one of the loopback names the rule allows
}

interface Listener {
	url: string;
	hits: Array<{ url: string; authorization?: string }>;
	close: () => Promise<void>;
}

async function listener(host: string): Promise<Listener> {
	const hits: Listener['hits'] = [];
	const server = http.createServer((req, res) => {
		hits.push({ url: String(req.url), authorization: req.headers.authorization });
		req.resume();
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end('{"data":[],"meta":{"total":0,"limit":1,"offset":0,"has_more":false}}');
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}/api/v1`,
		hits,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

describe('Test credential', () => {
	it('over plain http to another machine: fails with the https explanation, nothing sent', async () => {
		const server = await listener(nonLoopbackAddress());
		try {
			const result = await testCredential({ apiKey: 'leo_sim_full_access', baseUrl: server.url });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/^The Base URL in the Leonar credential must use https\. Plain http would send the API key unencrypted/,
			);
			expect(result.message).not.toContain('leo_sim_full_access');
			expect(server.hits).toEqual([]);
		} finally {
			await server.close();
		}
	});

	it.each([
		['without /api/v1', (url: string) => url.replace(/\/api\/v1$/, ''), /API version/],
		['with a query', (url: string) => `${url}?workspace=1`, /must not contain a query string/],
	])('%s: fails with the node’s explanation, nothing sent', async (_, baseUrl, message) => {
		const result = await testCredential({
			apiKey: 'leo_sim_full_access',
			baseUrl: baseUrl(t.sim.url),
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
		expect(t.sim.log).toEqual([]);
	});

	it('the local simulator over http (loopback): one GET /contacts?limit=1 with the key', async () => {
		const result = await testCredential({ apiKey: 'leo_sim_full_access', baseUrl: t.sim.url });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(t.sim.log.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/contacts', { limit: '1' }],
		]);
		expect(t.sim.log[0].headers.authorization).toBe('Bearer leo_sim_full_access');
	});

	it('a rejected key still gets the 401 explanation', async () => {
		const result = await testCredential({ apiKey: 'leo_not_a_key', baseUrl: t.sim.url });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Leonar rejected the API key/);
	});
});

describe('the credential puts its key only on requests to its Base URL', () => {
	const authenticate = credentialType.authenticate as unknown as (
		credentials: ICredentialDataDecryptedObject,
		options: IHttpRequestOptions,
	) => Promise<IHttpRequestOptions>;
	const credentials = { apiKey: 'leo_sim_full_access', baseUrl: 'https://app.leonar.app/api/v1' };

	it('a request under the Base URL gets the Bearer header', async () => {
		const options = await authenticate(credentials, {
			url: 'https://app.leonar.app/api/v1/contacts',
		});
		expect(options.headers).toEqual({ Authorization: 'Bearer leo_sim_full_access' });
	});

	it.each([
		['another host', 'https://attacker.example/api/v1/contacts'],
		['plain http to the same host', 'http://app.leonar.app/api/v1/contacts'],
		['the same host outside the API path', 'https://app.leonar.app/internal/contacts'],
	])('a request to %s (e.g. from the HTTP Request node) is refused', async (_, url) => {
		await expect(authenticate(credentials, { url })).rejects.toThrow(
			/^The Leonar credential sends its API key only to its Base URL/,
		);
	});
});
