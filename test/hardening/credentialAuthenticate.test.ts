/**
 * The credential puts the key on a request only when it goes to the Base URL. n8n's HTTP
 * Request node (Custom API Call) hands the credential legacy request options with `uri`
 * rather than `url`: those must be recognised too, or the node refuses every call.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';

import { LeonarApi } from '../../credentials/LeonarApi.credentials';

const TEST_KEY = ['leo', 'test', 'key', '123456'].join('_');
const credentials = { apiKey: TEST_KEY, baseUrl: 'http://127.0.0.1:4010/api/v1' };
const authenticate = async (options: Record<string, unknown>) =>
	await (
		new LeonarApi().authenticate as (
			c: typeof credentials,
			o: IHttpRequestOptions,
		) => Promise<IHttpRequestOptions>
	)(credentials, options as unknown as IHttpRequestOptions);

describe('credential authenticate', () => {
	it.each([
		['url', { url: 'http://127.0.0.1:4010/api/v1/deals/pipelines' }],
		['uri (HTTP Request node)', { uri: 'http://127.0.0.1:4010/api/v1/deals/pipelines' }],
		['baseURL + url', { baseURL: 'http://127.0.0.1:4010/api/v1', url: '/contacts' }],
	])('adds the key for a request to the Base URL given as %s', async (_name, options) => {
		const result = await authenticate({ method: 'GET', ...options });
		expect(result.headers).toMatchObject({ Authorization: `Bearer ${TEST_KEY}` });
	});

	it.each([
		['another host (uri)', { uri: 'http://127.0.0.2:4010/api/v1/contacts' }],
		['outside the API path (uri)', { uri: 'http://127.0.0.1:4010/admin' }],
		['no URL at all', {}],
	])('refuses %s, adding no key', async (_name, options) => {
		await expect(authenticate({ method: 'GET', ...options })).rejects.toThrow(
			/sends its API key only to its Base URL/,
		);
	});
});
