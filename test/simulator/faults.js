'use strict';
// Fault injection rules. rule = { method?, path? (string | RegExp | {regex, flags?}), times? (1; Infinity), skip? (0), action }
const ACTIONS = [
	'status',
	'delayMs',
	'drop',
	'malformed',
	'truncate',
	'emptyPageHasMore',
	'mutate',
	'insertContacts',
	'deleteContacts',
];

function normalizeRule(rule) {
	if (!rule || typeof rule !== 'object') throw new Error('fault rule must be an object');
	const action = rule.action;
	if (!action || typeof action !== 'object' || !ACTIONS.some((a) => action[a] !== undefined)) {
		throw new Error(`fault rule needs an action with one of: ${ACTIONS.join(', ')}`);
	}
	let path = rule.path;
	if (path && typeof path === 'object' && !(path instanceof RegExp) && path.regex)
		path = new RegExp(path.regex, path.flags || '');
	if (typeof path === 'string' && path.startsWith('/api/v1')) path = path.slice(7) || '/';
	let times = rule.times === undefined || rule.times === null ? 1 : rule.times;
	if (times === 'Infinity' || times === -1) times = Infinity;
	return {
		method: rule.method ? String(rule.method).toUpperCase() : null,
		path: path || null,
		times: Number(times),
		skip: Number(rule.skip || 0),
		action,
		seen: 0,
		fired: 0,
	};
}

class Faults {
	constructor() {
		this.rules = [];
	}
	add(rule) {
		const r = normalizeRule(rule);
		this.rules.push(r);
		return r;
	}
	clear() {
		this.rules = [];
	}
	list() {
		return this.rules.map((r) => ({
			method: r.method,
			path: r.path instanceof RegExp ? { regex: r.path.source, flags: r.path.flags } : r.path,
			times: r.times === Infinity ? 'Infinity' : r.times,
			skip: r.skip,
			seen: r.seen,
			fired: r.fired,
			action:
				typeof r.action.mutate === 'function' ? { ...r.action, mutate: '[function]' } : r.action,
		}));
	}
	/** Returns the action to apply to this request, or null. */
	match(method, path) {
		for (const r of this.rules) {
			if (r.fired >= r.times) continue;
			if (r.method && r.method !== method) continue;
			if (r.path) {
				if (r.path instanceof RegExp) {
					r.path.lastIndex = 0;
					if (!r.path.test(path)) continue;
				} else if (r.path !== path) continue;
			}
			r.seen++;
			if (r.seen <= r.skip) continue;
			r.fired++;
			if (r.fired >= r.times && r.times !== Infinity)
				this.rules = this.rules.filter((x) => x !== r);
			return r.action;
		}
		return null;
	}
}

function describeAction(a) {
	if (a.status !== undefined) return `status:${a.status}`;
	if (a.delayMs !== undefined) return `delay:${a.delayMs}`;
	for (const k of ACTIONS)
		if (a[k] !== undefined)
			return k === 'insertContacts' || k === 'deleteContacts' ? `${k}:${a[k]}` : k;
	return 'unknown';
}

module.exports = { Faults, describeAction };
