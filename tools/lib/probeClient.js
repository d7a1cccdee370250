'use strict';
/*
 * The HTTP client of `npm run probe`: Node's fetch, read-only (GET, and POST only to the search
 * endpoints the caller names), at most MAX_REQUESTS requests, paced on Leonar's X-RateLimit-*
 * headers, never following a redirect, never sending the key over plain http except to a
 * loopback address, and never printing it.
 */

const MAX_REQUESTS = 60;
/** The longest the probe waits for a rate-limit window to reset. */
const MAX_WAIT_MS = 5 * 60 * 1000;

class ProbeAbort extends Error {}

function checkBaseUrl(baseUrl) {
	let url;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new ProbeAbort(`LEONAR_BASE_URL is not a valid URL: ${baseUrl}`);
	}
	const loopback = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
		throw new ProbeAbort(
			'LEONAR_BASE_URL must use https (plain http only for localhost), so that the key never travels in clear',
		);
	return baseUrl.replace(/\/+$/, '');
}

/** Whether a 404 is about the route (HTML page, framework wording) rather than a record. */
function isRouteMissing(response) {
	const error = response.json && typeof response.json === 'object' ? response.json.error : null;
	if (!error || typeof error !== 'object' || !error.code) return true;
	const message = String(error.message || '');
	if (
		/\broute\b|cannot (get|post|put|patch|delete)\b|no (such )?(route|endpoint|handler)|(endpoint|path|url|page) (was )?not found|could not be found/i.test(
			message,
		)
	)
		return true;
	const named = /^([a-z][a-z ]*?) not found\.?$/i.exec(message);
	return !named || /^(resource|route|page|endpoint|path|url|method|not)$/i.test(named[1].trim());
}

function createClient({ apiKey, baseUrl, onRequest = () => {}, sleep }) {
	const base = checkBaseUrl(baseUrl);
	const wait = sleep || ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
	let count = 0;
	let remaining;
	let resetAt;

	async function request(method, path, { query, body } = {}) {
		if (count >= MAX_REQUESTS)
			return { status: 0, skipped: `the probe's budget of ${MAX_REQUESTS} requests is used up` };
		if (remaining !== undefined && remaining <= 0 && resetAt) {
			const ms = resetAt - Date.now() + 250;
			if (ms > MAX_WAIT_MS)
				throw new ProbeAbort(
					`the key's rate limit is used up until ${new Date(resetAt).toISOString()}; run the probe again then`,
				);
			if (ms > 0) await wait(ms);
		}
		const url = new URL(base + path);
		for (const [name, value] of Object.entries(query || {})) url.searchParams.append(name, value);
		count++;
		let res;
		try {
			res = await fetch(url, {
				method,
				redirect: 'manual',
				headers: {
					authorization: `Bearer ${apiKey}`,
					accept: 'application/json',
					...(body !== undefined ? { 'content-type': 'application/json' } : {}),
				},
				body: body !== undefined ? JSON.stringify(body) : undefined,
			});
		} catch (error) {
			throw new ProbeAbort(`no answer from ${base} (${error.cause?.code || error.message})`);
		}
		const text = await res.text();
		let json = null;
		try {
			json = text ? JSON.parse(text) : null;
		} catch {
			json = null;
		}
		const limit = Number(res.headers.get('x-ratelimit-remaining'));
		if (Number.isFinite(limit)) remaining = limit;
		const reset = Number(res.headers.get('x-ratelimit-reset'));
		if (Number.isFinite(reset) && reset > 0) resetAt = reset < 1e12 ? reset * 1000 : reset;
		const response = { status: res.status, json, text, method, path };
		onRequest(response, count);
		if (res.status === 401)
			throw new ProbeAbort('Leonar rejected the API key (401): check LEONAR_API_KEY');
		if (res.status >= 300 && res.status < 400)
			throw new ProbeAbort(
				`the server answered with a redirect (HTTP ${res.status}); check LEONAR_BASE_URL (it ends in /api/v1)`,
			);
		if (res.status === 429) {
			remaining = 0;
			return request(method, path, { query, body });
		}
		return response;
	}

	return {
		request,
		get count() {
			return count;
		},
	};
}

/** The scope a 403 names (details.required_scope, or a scope in the message), if any. */
function scopeOf(response) {
	const error = (response.json && response.json.error) || {};
	const details = error.details || {};
	return (
		details.required_scope ||
		details.scope ||
		(/\b([a-z]+:(read|write|delete))\b/.exec(String(error.message || '')) || [])[1]
	);
}

module.exports = {
	MAX_REQUESTS,
	ProbeAbort,
	createClient,
	isRouteMissing,
	scopeOf,
	checkBaseUrl,
};
