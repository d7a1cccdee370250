'use strict';
/*
 * Leonar API simulator — stateful in-memory fake of https://app.leonar.app/api/v1.
 *   const { startSimulator } = require('./test/simulator');
 *   const sim = await startSimulator({ port: 0 });  // sim.url = http://127.0.0.1:PORT/api/v1
 * See README.md. Routing, scopes and validation come from openapi.json only.
 */
const http = require('http');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const { ApiError } = require('./util');
const { Clock } = require('./util');
const { createState, seedState, COLLECTIONS } = require('./store');
const { makeAjv, compileOperation, validateRequest, ValidationError } = require('./validate');
const { buildKeys, SCOPES, BUNDLES } = require('./auth');
const { Faults, describeAction } = require('./faults');
const { createProfile, profileName, CONTRADICTED } = require('./profiles');
const handlers = require('./routes');

const API_PREFIX = '/api/v1';
const MAX_BODY = 32 * 1024 * 1024;
const OPENAPI = JSON.parse(fs.readFileSync(path.join(__dirname, 'openapi.json'), 'utf8'));

// ------------------------------------------------------------------ routes compiled once per process (pure data)
let COMPILED = null;
function compiledRoutes() {
	if (COMPILED) return COMPILED;
	const ajvQuery = makeAjv(true);
	const ajvBody = makeAjv(false);
	const routes = [];
	for (const [p, methods] of Object.entries(OPENAPI.paths)) {
		const names = [];
		const re = new RegExp(
			'^' +
				p.replace(/\{(\w+)\}/g, (_, n) => {
					names.push(n);
					return '([^/]+)';
				}) +
				'/?$',
		);
		for (const [method, operation] of Object.entries(methods)) {
			const handler = handlers[operation.operationId];
			if (!handler) throw new Error(`No handler for ${operation.operationId}`);
			routes.push({
				method: method.toUpperCase(),
				path: p,
				re,
				names,
				operation,
				handler,
				compiled: compileOperation(operation, ajvQuery, ajvBody),
			});
		}
	}
	routes.sort((a, b) => a.names.length - b.names.length); // literal segments win (/contacts/custom-fields before /contacts/{id})
	COMPILED = routes;
	return routes;
}

function parseQuery(searchParams) {
	const q = {};
	for (const [k, v] of searchParams) {
		if (k in q) q[k] = Array.isArray(q[k]) ? [...q[k], v] : [q[k], v];
		else q[k] = v;
	}
	return q;
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (c) => {
			size += c.length;
			if (size <= MAX_BODY) chunks.push(c);
		});
		req.on('end', () =>
			resolve({ raw: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_BODY }),
		);
		req.on('error', reject);
	});
}

const errorBody = (code, message, details) => ({
	error: { code, message, ...(details !== undefined ? { details } : {}) },
});

// default bodies of { status } faults (a rule's own `body` wins; a string body is sent raw)
const FAULT_BODIES = {
	400: () =>
		errorBody('validation_error', 'body: Invalid request', [
			{ field: 'body', message: 'Invalid request' },
		]),
	401: () => errorBody('invalid_api_key', 'Invalid or missing API key'),
	402: () =>
		errorBody('insufficient_credits', 'Insufficient sourcing credits', {
			credit_type: 'sourcing',
			available: 0,
			required: 1,
		}),
	403: () => errorBody('billing_required', 'No active subscription for this workspace'),
	404: () => errorBody('not_found', 'Resource not found'),
	429: (sim) =>
		errorBody(
			'rate_limit_exceeded',
			`Rate limit exceeded. Limit: ${sim.rateLimit.limit} requests per hour.`,
		),
	500: () => errorBody('internal_error', 'Internal server error'),
};

class Simulator {
	constructor(options = {}) {
		this.options = options;
		this.host = options.host || '127.0.0.1';
		this.port = options.port ?? 0;
		this.clock = new Clock();
		this.state = createState();
		this.faults = new Faults();
		this.log = [];
		const { keys, byToken } = buildKeys();
		this.keys = keys;
		this._keyInfo = byToken;
		this.scopes = SCOPES.slice();
		this.bundles = BUNDLES;
		this.openapi = OPENAPI;
		this._defaults = {
			rateLimit: { limit: 1000, windowSeconds: 3600, ...(options.rateLimit || {}) },
			credits: { sourcing: 100, enrichment: 100, ...(options.credits || {}) },
			seed: options.seed !== false,
			profile: profileName(options.profile ?? process.env.LEONAR_SIM_PROFILE),
			latency: normalizeLatency(options.latency),
		};
		this.routes = compiledRoutes();
		this.server = null;
		this.url = null;
		this.reset();
	}

	// ---------------------------------------------------------------- control (JS)
	reset() {
		for (const c of COLLECTIONS) this.state[c].clear();
		this.state.sourcingProfiles = [];
		if (this._defaults.seed) seedState(this.state);
		this.state.credits = { ...this._defaults.credits };
		this.rateLimit = { ...this._defaults.rateLimit };
		this.latency = { ...this._defaults.latency };
		this.inFlight = this.inFlight || { current: 0, max: 0 };
		this.inFlight.max = this.inFlight.current;
		this._buckets = new Map();
		this.faults.clear();
		this.clearLog();
		this.clock.useRealTime();
		this.setProfile(this._defaults.profile);
		return this;
	}
	/** 'default' or 'documented' (see ./profiles.js); also POST /__sim/profile. */
	setProfile(name) {
		this._counters = this._counters || { notFound: 0 };
		this._profile = createProfile(name, this._counters);
		this.profile = this._profile.name;
		return this.profile;
	}
	clearLog() {
		this.log.length = 0;
	}
	setRateLimit({ limit, windowSeconds } = {}) {
		if (limit !== undefined) this.rateLimit.limit = Number(limit);
		if (windowSeconds !== undefined) this.rateLimit.windowSeconds = Number(windowSeconds);
		this._buckets = new Map();
		return { ...this.rateLimit };
	}
	/** Delay before every API request is handled: fixedMs + a uniform random 0..jitterMs. */
	setLatency(latency = {}) {
		this.latency = normalizeLatency({ ...this.latency, ...latency });
		return { ...this.latency };
	}
	/** Peak of concurrent API requests since the last reset (or since this call with reset: true). */
	resetInFlight() {
		this.inFlight.max = this.inFlight.current;
		return { ...this.inFlight };
	}
	setCredits({ sourcing, enrichment } = {}) {
		if (sourcing !== undefined) this.state.credits.sourcing = Number(sourcing);
		if (enrichment !== undefined) this.state.credits.enrichment = Number(enrichment);
		return { ...this.state.credits };
	}
	seedContacts(n, overrides = {}) {
		return handlers._seedContacts(this._ctxBase(), n, overrides);
	}
	newId() {
		return crypto.randomUUID();
	}
	now() {
		return this.clock.iso();
	}

	_ctxBase() {
		return {
			sim: this,
			state: this.state,
			clock: this.clock,
			now: () => this.clock.iso(),
			newId: () => crypto.randomUUID(),
		};
	}

	// ---------------------------------------------------------------- lifecycle
	listen() {
		return new Promise((resolve, reject) => {
			this.server = http.createServer((req, res) =>
				this._handle(req, res).catch((err) => {
					try {
						this._send(res, 500, errorBody('internal_error', 'Internal server error'), {});
					} catch (_) {
						/* ignore */
					}
					if (process.env.SIM_DEBUG) console.error(err);
				}),
			);
			this.server.keepAliveTimeout = 1000;
			this.server.once('error', reject);
			this.server.listen(this.port, this.host, () => {
				const addr = this.server.address();
				this.port = addr.port;
				this.baseUrl = `http://${this.host}:${addr.port}`;
				this.url = this.baseUrl + API_PREFIX;
				resolve(this);
			});
		});
	}
	close() {
		return new Promise((resolve) => {
			if (!this.server) return resolve();
			this.server.close(() => resolve());
			if (this.server.closeAllConnections) this.server.closeAllConnections();
			this.server = null;
		});
	}

	// ---------------------------------------------------------------- rate limit
	_rate(token, count) {
		const now = this.clock.now();
		const windowMs = this.rateLimit.windowSeconds * 1000;
		let b = this._buckets.get(token);
		if (!b || now >= b.start + windowMs) {
			b = { start: now, count: 0 };
			if (count !== 'peek') this._buckets.set(token, b);
		}
		const limit = this.rateLimit.limit;
		const exceeded = b.count >= limit;
		if (count === true && !exceeded) b.count++;
		return {
			exceeded,
			headers: {
				'X-RateLimit-Limit': String(limit),
				'X-RateLimit-Remaining': String(Math.max(0, limit - b.count)),
				'X-RateLimit-Reset': String(Math.ceil((b.start + windowMs) / 1000)),
			},
		};
	}

	// ---------------------------------------------------------------- HTTP
	_send(res, status, body, headers, mode) {
		if (res.headersSent || res.destroyed) return;
		let payload =
			status === 204 || body === undefined
				? ''
				: typeof body === 'string'
					? body
					: JSON.stringify(body);
		if (mode === 'truncate')
			payload = payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
		// Like any HTTP server, say what time it is: the simulator's clock (lets clients read "today" from Leonar).
		const h = { Date: new Date(this.clock.now()).toUTCString(), ...headers };
		if (payload !== '' || status !== 204)
			h['Content-Type'] = h['Content-Type'] || 'application/json; charset=utf-8';
		if (status === 204) delete h['Content-Type'];
		h['Content-Length'] = Buffer.byteLength(payload);
		res.writeHead(status, h);
		res.end(payload);
	}

	async _handle(req, res) {
		const url = new URL(req.url, 'http://sim.local');
		if (url.pathname.startsWith('/__sim/') || url.pathname === '/__sim')
			return this._control(req, res, url);
		if (url.pathname !== API_PREFIX && !url.pathname.startsWith(API_PREFIX + '/')) {
			const { raw } = await readBody(req);
			void raw;
			return this._send(
				res,
				404,
				errorBody('not_found', `Route not found: ${req.method} ${url.pathname}`),
				{},
			);
		}
		const apiPath = url.pathname.slice(API_PREFIX.length) || '/';
		const rawQuery = parseQuery(url.searchParams);
		const { raw, tooLarge } = await readBody(req);
		let body = null;
		let bodyParseError = false;
		if (raw.length) {
			try {
				body = JSON.parse(raw);
			} catch (_) {
				body = raw;
				bodyParseError = true;
			}
		}
		const headers = {};
		for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
		const entry = {
			method: req.method,
			path: apiPath,
			query: rawQuery,
			body,
			headers,
			status: null,
			at: this.clock.now(),
		};
		this.log.push(entry);
		// requests being handled right now (API only), and their peak since the last reset
		const inFlight = this.inFlight;
		inFlight.current++;
		if (inFlight.current > inFlight.max) inFlight.max = inFlight.current;
		entry.inFlight = inFlight.current;
		let settled = false;
		const done = () => {
			if (settled) return;
			settled = true;
			inFlight.current--;
		};
		res.once('finish', done);
		res.once('close', done);
		const { fixedMs, jitterMs } = this.latency;
		if (fixedMs > 0 || jitterMs > 0)
			await new Promise((r) => setTimeout(r, fixedMs + Math.random() * jitterMs));

		const reply = (status, payload, extraHeaders = {}, mode) => {
			entry.status = status;
			entry.response = payload;
			this._send(res, status, payload, extraHeaders, mode);
		};

		// route lookup (needed for the rate-limit exemption)
		let route = null;
		let params = {};
		for (const r of this.routes) {
			const m = r.re.exec(apiPath);
			if (!m) continue;
			if (r.method !== req.method) continue;
			route = r;
			r.names.forEach((n, i) => {
				params[n] = decodeURIComponent(m[i + 1]);
			});
			break;
		}
		const counted = !(route && route.operation['x-rate-limit'] === false);
		const auth = String(headers.authorization || '');
		const token = /^bearer\s+/i.test(auth) ? auth.replace(/^bearer\s+/i, '').trim() : '';

		// fault injection
		const fault = this.faults.match(req.method, apiPath);
		let mode = null;
		if (fault) {
			entry.fault = describeAction(fault);
			if (fault.delayMs) await new Promise((r) => setTimeout(r, Number(fault.delayMs)));
			if (fault.drop) {
				entry.status = null;
				req.socket.destroy();
				return;
			}
			if (fault.status !== undefined) {
				const rl = counted ? this._rate(token || '(anonymous)', 'peek').headers : {};
				if (fault.status === 429 && counted) rl['X-RateLimit-Remaining'] = '0';
				const defaultBody = FAULT_BODIES[fault.status]
					? FAULT_BODIES[fault.status](this)
					: fault.status >= 500
						? errorBody('internal_error', 'Internal server error')
						: errorBody('validation_error', `Simulated ${fault.status}`);
				return reply(Number(fault.status), fault.body !== undefined ? fault.body : defaultBody, {
					...rl,
					...(fault.headers || {}),
				});
			}
			if (fault.malformed) {
				const rl = counted ? this._rate(token || '(anonymous)', true).headers : {};
				return reply(
					200,
					typeof fault.malformed === 'string'
						? fault.malformed
						: '<html><body><h1>502 Bad Gateway</h1></body></html>',
					rl,
				);
			}
			if (typeof fault.mutate === 'function') await fault.mutate(this.state, this);
			if (fault.insertContacts) this.seedContacts(Number(fault.insertContacts));
			if (fault.deleteContacts)
				handlers._deleteContacts(this._ctxBase(), Number(fault.deleteContacts));
			if (fault.truncate) mode = 'truncate';
			if (fault.emptyPageHasMore) mode = 'emptyPageHasMore';
		}

		// rate limit
		let rlHeaders = {};
		if (counted) {
			const rl = this._rate(token || '(anonymous)', true);
			rlHeaders = rl.headers;
			if (rl.exceeded)
				return reply(
					429,
					errorBody(
						'rate_limit_exceeded',
						`Rate limit exceeded. Limit: ${this.rateLimit.limit} requests per hour.`,
					),
					rlHeaders,
				);
		}
		const fail = (e) =>
			reply(
				e.status,
				this._profile.errorBody(e.status, errorBody(e.code, e.message, e.details)),
				rlHeaders,
			);

		try {
			// auth
			const key = this._keyInfo.get(token);
			if (!key) throw new ApiError(401, 'invalid_api_key', 'Invalid or missing API key');
			if (!route) throw new ApiError(404, 'not_found', `Route not found: ${req.method} ${apiPath}`);
			const op = route.operation;
			if (this._profile.hides(op)) {
				const page = this._profile.notFound(req.method, apiPath);
				return reply(404, page.body, { ...rlHeaders, ...page.headers });
			}
			if (key.special === 'billing_required')
				throw new ApiError(403, 'billing_required', 'No active subscription for this workspace');
			if (key.special === 'plan_upgrade_required' && op['x-plan-feature']) {
				throw new ApiError(
					403,
					'plan_upgrade_required',
					'Your current plan does not include this feature. Upgrade your plan to use it.',
				);
			}
			const scope = op['x-scope'];
			if (scope && !key.scopes.has(scope)) {
				throw new ApiError(
					403,
					'insufficient_scope',
					`This API key does not have the required scope: ${scope}`,
					{ required_scope: scope },
				);
			}
			if (tooLarge)
				throw new ApiError(400, 'validation_error', 'body: Request body too large', [
					{ field: 'body', message: 'Request body too large' },
				]);
			if (bodyParseError && ['POST', 'PUT', 'PATCH'].includes(req.method))
				throw new ApiError(400, 'validation_error', 'body: Invalid JSON', [
					{ field: 'body', message: 'Invalid JSON' },
				]);
			let v;
			try {
				v = validateRequest(route.compiled, {
					params,
					rawQuery: this._profile.query(op, rawQuery),
					body: this._profile.body(op, body),
					hasBody: raw.length > 0 && body !== null,
					method: req.method,
				});
			} catch (e) {
				if (e instanceof ValidationError)
					throw new ApiError(400, 'validation_error', e.message, e.details);
				throw e;
			}
			const ctx = {
				...this._ctxBase(),
				operation: op,
				key,
				params: v.params,
				query: v.query,
				filters: v.filters,
				body: v.body,
				rawQuery,
				profile: this._profile,
			};
			const result = await route.handler(ctx);
			const status =
				result && result.status
					? result.status
					: Number(Object.keys(op.responses).find((s) => /^2/.test(s)) || 200);
			let payload = status === 204 ? undefined : this._profile.response(op, result.body);
			if (mode === 'emptyPageHasMore' && payload && Array.isArray(payload.data)) {
				payload = { ...payload, data: [], meta: { ...(payload.meta || {}), has_more: true } };
			} else if (
				mode === 'emptyPageHasMore' &&
				payload &&
				payload.data &&
				Array.isArray(payload.data.profiles)
			) {
				payload = { ...payload, data: { ...payload.data, profiles: [], has_more: true } };
			}
			return reply(status, payload, rlHeaders, mode === 'truncate' ? 'truncate' : undefined);
		} catch (e) {
			if (e instanceof ApiError) return fail(e);
			if (process.env.SIM_DEBUG) console.error(e);
			return fail(new ApiError(500, 'internal_error', 'Internal server error'));
		}
	}

	// ---------------------------------------------------------------- control plane /__sim/*
	async _control(req, res, url) {
		const { raw } = await readBody(req);
		let body = {};
		try {
			body = raw ? JSON.parse(raw) : {};
		} catch (_) {
			return this._send(res, 400, { error: 'invalid JSON' }, {});
		}
		const p = url.pathname.replace(/\/+$/, '');
		const ok = (data, status = 200) => this._send(res, status, data, {});
		try {
			const M = req.method;
			if (p === '/__sim/reset' && M === 'POST') {
				this.reset();
				return ok({ ok: true });
			}
			if (p === '/__sim/log' && M === 'GET') return ok({ data: this.log });
			if (p === '/__sim/log' && M === 'DELETE') {
				this.clearLog();
				return ok({ ok: true });
			}
			if (p === '/__sim/faults' && M === 'POST') {
				const rules = Array.isArray(body) ? body : [body];
				for (const r of rules) this.faults.add(r);
				return ok({ data: this.faults.list() }, 201);
			}
			if (p === '/__sim/faults' && M === 'GET') return ok({ data: this.faults.list() });
			if (p === '/__sim/faults' && M === 'DELETE') {
				this.faults.clear();
				return ok({ ok: true });
			}
			if (p === '/__sim/clock' && M === 'POST') {
				if (body.real) this.clock.useRealTime();
				if (body.set !== undefined) this.clock.set(body.set);
				if (body.advance !== undefined) this.clock.advance(Number(body.advance));
				return ok({
					now: this.clock.iso(),
					ms: this.clock.now(),
					frozen: this.clock.fixed !== null,
				});
			}
			if (p === '/__sim/clock' && M === 'GET')
				return ok({
					now: this.clock.iso(),
					ms: this.clock.now(),
					frozen: this.clock.fixed !== null,
				});
			if (p === '/__sim/rate-limit' && M === 'POST') return ok({ data: this.setRateLimit(body) });
			if (p === '/__sim/credits' && M === 'POST') return ok({ data: this.setCredits(body) });
			if (p === '/__sim/latency' && M === 'POST') return ok({ data: this.setLatency(body) });
			if (p === '/__sim/in-flight' && M === 'GET') return ok({ data: { ...this.inFlight } });
			if (p === '/__sim/credits' && M === 'GET') return ok({ data: { ...this.state.credits } });
			if (p === '/__sim/seed-contacts' && M === 'POST')
				return ok(
					{ data: this.seedContacts(Number(body.count ?? body.n ?? 1), body.overrides || {}) },
					201,
				);
			if (p === '/__sim/keys' && M === 'GET') {
				return ok({
					data: Object.fromEntries(
						Object.entries(this.keys).map(([name, token]) => [
							name,
							{
								key: token,
								scopes: [...this._keyInfo.get(token).scopes],
								special: this._keyInfo.get(token).special,
							},
						]),
					),
				});
			}
			if (p === '/__sim/openapi.json' && M === 'GET') return ok(OPENAPI);
			if (p === '/__sim/profile' && M === 'POST') {
				this.setProfile(body.profile);
				return ok({ data: { profile: this.profile } });
			}
			if (p === '/__sim/profile' && M === 'GET')
				return ok({
					data: {
						profile: this.profile,
						contradicts: this.profile === 'documented' ? CONTRADICTED : [],
					},
				});
			const m = /^\/__sim\/state\/([A-Za-z]+)$/.exec(p);
			if (m && M === 'GET') {
				const coll = this.state[m[1]];
				if (coll === undefined)
					return this._send(
						res,
						404,
						{
							error: `unknown collection ${m[1]}`,
							collections: [...COLLECTIONS, 'sourcingProfiles', 'credits'],
						},
						{},
					);
				return ok({ data: coll instanceof Map ? [...coll.values()] : coll });
			}
			return this._send(res, 404, { error: `unknown control endpoint ${M} ${p}` }, {});
		} catch (e) {
			return this._send(res, 400, { error: e.message }, {});
		}
	}
}

function normalizeLatency(latency = {}) {
	const ms = (v) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : 0);
	return { fixedMs: ms(latency.fixedMs), jitterMs: ms(latency.jitterMs) };
}

function createSimulator(options) {
	return new Simulator(options);
}
async function startSimulator(options) {
	const sim = new Simulator(options);
	await sim.listen();
	return sim;
}

module.exports = {
	startSimulator,
	createSimulator,
	Simulator,
	SCOPES,
	BUNDLES,
	API_PREFIX,
	PROFILES: require('./profiles').PROFILES,
	CONTRADICTED,
};
