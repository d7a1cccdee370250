/**
 * The rule for the credential's Base URL, defined here once and used by the node (where it
 * reads the credential) and by the credential itself (before it puts the key on a request,
 * the credential test included): https, or plain http to a loopback host only; no query
 * string and no fragment; a path that ends in the API's version segment (`/api/v1`, or any
 * `/v<digits>`). A trailing slash is dropped. What each problem says is here too; the error
 * objects are built in ./errors.ts.
 */

import { DEFAULT_BASE_URL } from './constants';

export const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export type BaseUrlProblem =
	| { kind: 'invalid' }
	| { kind: 'insecure' }
	| { kind: 'query' | 'fragment'; part: string; suggestion: string }
	| { kind: 'version'; given: string; suggestion: string };

/** Why the credential refuses to put its key on a request: its Base URL, or a request elsewhere. */
export type CredentialProblem =
	| BaseUrlProblem
	| { kind: 'elsewhere'; target: string; baseUrl: string };

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; problem: BaseUrlProblem };

/** Whether the key may travel to this URL: https, or http to a loopback host. */
export function isSecureOrigin(url: URL): boolean {
	return (
		url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
	);
}

const withoutTrailingSlashes = (text: string) => text.replace(/\/+$/, '');

/** The API address a versionless Base URL most likely meant. */
function versionedSuggestion(url: URL): string {
	const path = withoutTrailingSlashes(url.pathname);
	// An endpoint pasted as the Base URL (…/api/v1/contacts): the part up to the version.
	const versioned = /^(.*?\/v\d+)\//.exec(`${path}/`)?.[1];
	if (versioned) return `${url.origin}${versioned}`;
	if (/\/api$/.test(path)) return `${url.origin}${path}/v1`;
	return `${url.origin}${path}/api/v1`;
}

/** Checks the Base URL as the credential holds it (empty = Leonar's own API). */
export function checkBaseUrl(raw: unknown): BaseUrlCheck {
	const text = String(raw ?? '').trim() || DEFAULT_BASE_URL;
	const hash = text.indexOf('#');
	const question = text.indexOf('?');
	const query =
		question >= 0 && (hash < 0 || question < hash)
			? text.slice(question, hash >= 0 ? hash : undefined)
			: '';
	const fragment = hash >= 0 ? text.slice(hash) : '';
	const cut = [question, hash].filter((index) => index >= 0);
	const address = withoutTrailingSlashes(cut.length ? text.slice(0, Math.min(...cut)) : text);

	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return { ok: false, problem: { kind: 'invalid' } };
	}
	if (!isSecureOrigin(url)) return { ok: false, problem: { kind: 'insecure' } };
	const versioned = /\/v\d+$/.test(withoutTrailingSlashes(url.pathname));
	const suggestion = versioned ? address : versionedSuggestion(url);
	if (query) return { ok: false, problem: { kind: 'query', part: query, suggestion } };
	if (fragment) return { ok: false, problem: { kind: 'fragment', part: fragment, suggestion } };
	if (!versioned) return { ok: false, problem: { kind: 'version', given: address, suggestion } };
	return { ok: true, baseUrl: address };
}

const use = (suggestion: string) =>
	suggestion === DEFAULT_BASE_URL
		? `Use ${DEFAULT_BASE_URL}.`
		: `Use ${suggestion} (Leonar's own API is ${DEFAULT_BASE_URL}).`;

/** What to tell the user about a Base URL problem: [message, description]. */
export function describeBaseUrlProblem(problem: CredentialProblem): [string, string] {
	switch (problem.kind) {
		case 'elsewhere':
			return [
				`The Leonar credential sends its API key only to its Base URL (${problem.baseUrl})`,
				`This request goes to ${problem.target}, so the key was not added and nothing was sent. Use a URL that starts with the Base URL, or change the Base URL in the credential.`,
			];
		case 'invalid':
			return [
				'The Base URL in the Leonar credential is not a valid URL',
				`Use ${DEFAULT_BASE_URL} unless you run Leonar elsewhere.`,
			];
		case 'insecure':
			return [
				'The Base URL in the Leonar credential must use https',
				`Plain http would send the API key unencrypted over the network; it is allowed only for localhost. Use ${DEFAULT_BASE_URL}.`,
			];
		case 'query':
			return [
				'The Base URL in the Leonar credential must not contain a query string',
				`Remove "${problem.part}" from the Base URL: it must be the API's address only, because the node adds each request's own path and query to it. ${use(problem.suggestion)}`,
			];
		case 'fragment':
			return [
				'The Base URL in the Leonar credential must not contain a fragment',
				`Remove "${problem.part}" from the Base URL: everything after # stays in the browser, so the path the node adds for each request would never reach Leonar. ${use(problem.suggestion)}`,
			];
		case 'version':
			return [
				'The Base URL in the Leonar credential does not end in the API version (/api/v1)',
				`${problem.given} has no version segment at its end, so every request would go to an address Leonar does not have, and the answer would read like a missing record. ${use(problem.suggestion)}`,
			];
	}
}
