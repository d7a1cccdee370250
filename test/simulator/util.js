'use strict';
const crypto = require('crypto');

class ApiError extends Error {
	constructor(status, code, message, details) {
		super(message);
		this.status = status;
		this.code = code;
		if (details !== undefined) this.details = details;
	}
}
const notFound = (resource) => new ApiError(404, 'not_found', `${resource} not found`);
const invalid = (field, message) =>
	new ApiError(400, 'validation_error', `${field}: ${message}`, [{ field, message }]);

/** Deterministic, v4-shaped UUID derived from a label. */
function detUuid(label) {
	const h = crypto
		.createHash('sha256')
		.update('leonar-sim:' + label)
		.digest('hex');
	const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Small deterministic PRNG. */
function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	next.int = (n) => Math.floor(next() * n);
	next.pick = (arr) => arr[Math.floor(next() * arr.length)];
	return next;
}

class Clock {
	constructor() {
		this.fixed = null;
		this.offset = 0;
	}
	now() {
		return this.fixed !== null ? this.fixed : Date.now() + this.offset;
	}
	iso() {
		return new Date(this.now()).toISOString();
	}
	today() {
		return this.iso().slice(0, 10);
	}
	/** Freeze the clock at that instant (ISO string, Date or ms). */
	set(v) {
		const ms = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(v);
		if (!Number.isFinite(ms)) throw new Error(`clock.set: invalid date ${v}`);
		this.fixed = ms;
		return this.now();
	}
	/** Move the clock forward (frozen clock: stays frozen; real clock: adds an offset). */
	advance(ms) {
		if (this.fixed !== null) this.fixed += Number(ms);
		else this.offset += Number(ms);
		return this.now();
	}
	useRealTime() {
		this.fixed = null;
		this.offset = 0;
		return this.now();
	}
}

const isDateLike = (v) =>
	typeof v === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v);

function pick(obj, keys) {
	const out = {};
	for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
	return out;
}

module.exports = { ApiError, notFound, invalid, detUuid, prng, Clock, isDateLike, pick };
