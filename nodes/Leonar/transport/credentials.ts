/**
 * The "Leonar API" credential: reading it, refusing a key or base URL the node cannot use
 * (the Base URL rule is in ./baseUrl.ts), and keeping it for the rest of the node run.
 */

import { checkBaseUrl } from './baseUrl';
import { apiKeyPrefixError, baseUrlError } from './errors';
import type { LeonarContext } from './types';

export interface Credentials {
	apiKey: string;
	baseUrl: string;
}

export async function getLeonarCredentials(
	this: LeonarContext,
	itemIndex?: number,
): Promise<Credentials> {
	const credentials = await this.getCredentials('leonarApi', itemIndex);
	const apiKey = String(credentials.apiKey ?? '').trim();
	if (!apiKey.startsWith('leo_')) {
		throw apiKeyPrefixError(this.getNode(), itemIndex);
	}
	const checked = checkBaseUrl(credentials.baseUrl);
	if (!checked.ok) throw baseUrlError(this.getNode(), checked.problem, itemIndex, apiKey);
	return { apiKey, baseUrl: checked.baseUrl };
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
