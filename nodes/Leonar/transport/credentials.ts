/**
 * The "Leonar API" credential: reading it, refusing a key or base URL the node cannot use
 * (plain http only for loopback hosts), and keeping it for the rest of the node run.
 */

import { DEFAULT_BASE_URL } from './constants';
import { apiKeyPrefixError, insecureBaseUrlError, invalidBaseUrlError } from './errors';
import type { LeonarContext } from './types';

export interface Credentials {
	apiKey: string;
	baseUrl: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export async function getLeonarCredentials(
	this: LeonarContext,
	itemIndex?: number,
): Promise<Credentials> {
	const credentials = await this.getCredentials('leonarApi', itemIndex);
	const apiKey = String(credentials.apiKey ?? '').trim();
	const baseUrl = String(credentials.baseUrl || DEFAULT_BASE_URL)
		.trim()
		.replace(/\/+$/, '');
	if (!apiKey.startsWith('leo_')) {
		throw apiKeyPrefixError(this.getNode(), itemIndex);
	}
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw invalidBaseUrlError(this.getNode(), itemIndex);
	}
	if (
		url.protocol !== 'https:' &&
		!(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
	) {
		throw insecureBaseUrlError(this.getNode(), itemIndex);
	}
	return { apiKey, baseUrl };
}

/**
 * The credential as read and checked by the first request of this node run (keyed by the
 * execution context, like the rate-limit state). Reading it costs n8n a database query and a
 * decryption, and `httpRequestWithAuthentication` reads it again for the header anyway, so the
 * node reads it once per run instead of once per request. A failed read is not kept.
 */
const runCredentials = new WeakMap<object, Credentials>();

export async function credentialsOfRun(
	this: LeonarContext,
	itemIndex?: number,
): Promise<Credentials> {
	const known = runCredentials.get(this);
	if (known) return known;
	const credentials = await getLeonarCredentials.call(this, itemIndex);
	runCredentials.set(this, credentials);
	return credentials;
}
