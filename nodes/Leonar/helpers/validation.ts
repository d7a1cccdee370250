import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RecordLocator } from '../descriptions/locators';
import type { ParsedRecordId } from './recordId';
import { locatorValue, parseRecordId, parseUuid } from './recordId';

/**
 * Input checks that run before any request is sent. Each failure is a NodeOperationError
 * that names the field (as the user sees it) and the item.
 */

/** The longest address email allows (RFC 5321), and Leonar's limit. */
const MAX_EMAIL_LENGTH = 254;
const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;.]{2,}$/;

export function isEmail(value: unknown): value is string {
	return typeof value === 'string' && EMAIL.test(value);
}

function fail(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}

function show(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Checks a UUID given as a plain parameter value. */
export function requireUuid(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	return checkedRecordId(this, parseUuid(value), field, 'record', itemIndex);
}

/**
 * Reads the record id of item `itemIndex` from a resource locator (list, id or url mode; a
 * plain string is accepted too). The locator knows its parameter, its label and its kind.
 */
export function readRecordId(
	ctx: IExecuteFunctions,
	locator: RecordLocator,
	itemIndex: number,
): string {
	const raw = ctx.getNodeParameter(locator.parameter, itemIndex, '', { extractValue: false });
	const { value, mode } = locatorValue(raw);
	return checkedRecordId(
		ctx,
		parseRecordId(value, locator.kind, mode),
		locator.label,
		locator.kind,
		itemIndex,
	);
}

/** The id, or the NodeOperationError that says what is wrong with the value. */
function checkedRecordId(
	ctx: IExecuteFunctions,
	parsed: ParsedRecordId,
	field: string,
	kind: string,
	itemIndex: number,
): string {
	if (parsed.ok) return parsed.id;
	const text = parsed.text;
	switch (parsed.problem) {
		case 'notLeonarLink':
			return fail(
				ctx,
				itemIndex,
				`"${field}" must be a Leonar link (https://app.leonar.app/...), got ${show(text)}`,
				`Open the ${kind} in Leonar and copy the address from the browser, or switch the field to "By ID".`,
			);
		case 'noIdInLink':
			return fail(
				ctx,
				itemIndex,
				`"${field}": the link does not point to a ${kind}`,
				`The Leonar link ${show(text)} carries no ${kind} id. Copy the link of the ${kind} itself, or switch the field to "By ID".`,
			);
		case 'empty':
			return fail(
				ctx,
				itemIndex,
				`"${field}" is required`,
				`Give the Leonar id (a UUID) of the record.`,
			);
		default:
			return fail(
				ctx,
				itemIndex,
				`"${field}" must be a Leonar id (a UUID), got ${show(text)}`,
				'Leonar ids look like 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70. Pick the record from the list, paste its id, or paste its Leonar URL.',
			);
	}
}

/** Accepts an object or a JSON string for a JSON field; anything else is refused. */
export function parseJsonObject(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			fail(
				this,
				itemIndex,
				`"${field}" is not valid JSON`,
				`${(error as Error).message}. Write an object such as {"seniority": "senior"}.`,
			);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		fail(
			this,
			itemIndex,
			`"${field}" must be a JSON object`,
			'Write an object such as {"seniority": "senior"}.',
		);
	}
	return parsed as IDataObject;
}

export function requireEmail(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text = typeof value === 'string' ? value.trim() : value;
	if (!isEmail(text)) {
		fail(
			this,
			itemIndex,
			`"${field}" is not a valid email address: ${show(text)}`,
			'Use an address such as jane.doe@example.com.',
		);
	}
	if (text.length > MAX_EMAIL_LENGTH) {
		fail(
			this,
			itemIndex,
			`"${field}" is too long: ${text.length} characters, at most ${MAX_EMAIL_LENGTH}`,
		);
	}
	return text;
}

export function requireText(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	maxLength?: number,
): string {
	if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
	if (typeof value !== 'string' || value.trim() === '') {
		fail(this, itemIndex, `"${field}" is required and must be text`, `Got ${show(value)}.`);
	}
	const text = (value as string).trim();
	if (maxLength !== undefined && text.length > maxLength) {
		fail(
			this,
			itemIndex,
			`"${field}" is too long: ${text.length} characters, at most ${maxLength}`,
		);
	}
	return text;
}

/** A list of strings from a comma-separated string or an array (an expression may give either). */
export function toStringList(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string[] {
	if (value === undefined || value === null || value === '') return [];
	const parts = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: undefined;
	if (!parts)
		fail(this, itemIndex, `"${field}" must be a list of text values`, `Got ${show(value)}.`);
	return parts
		.map((part) => {
			if (typeof part === 'number') return String(part);
			if (typeof part !== 'string')
				fail(this, itemIndex, `"${field}" must contain text values only`, `Got ${show(part)}.`);
			return part.trim();
		})
		.filter((part) => part !== '');
}

/** Same as toStringList, with every entry checked as a UUID. */
export function toUuidList(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string[] {
	return toStringList
		.call(this, value, field, itemIndex)
		.map((id) => requireUuid.call(this, id, field, itemIndex));
}

function toDateValue(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	if (value && typeof value === 'object') {
		const candidate = value as { toISO?: () => string | null; toJSDate?: () => Date };
		if (typeof candidate.toJSDate === 'function') return candidate.toJSDate();
		if (typeof candidate.toISO === 'function') {
			const iso = candidate.toISO();
			return iso ? new Date(iso) : undefined;
		}
	}
	if (typeof value === 'number') return new Date(value > 1e11 ? value : value * 1000);
	if (typeof value === 'string') {
		const text = value.trim();
		// JavaScript rolls 2026-02-30 over to March 2: a calendar day that does not exist is refused.
		const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
		if (day) {
			const calendar = new Date(`${day[1]}-${day[2]}-${day[3]}T00:00:00Z`);
			if (Number.isNaN(calendar.getTime()) || calendar.toISOString().slice(0, 10) !== day[0])
				return undefined;
		}
		if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
		if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
			const normalized = text.replace(' ', 'T');
			return new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(normalized) ? normalized : `${normalized}Z`);
		}
	}
	return undefined;
}

/**
 * Accepts an ISO 8601 string, a Unix timestamp or an n8n DateTime / JS Date and returns what
 * the API field expects: `YYYY-MM-DD` for a date, an ISO date-time in UTC for a date-time.
 * Date-times without a zone are read as UTC.
 */
export function toApiDate(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	kind: 'date' | 'date-time',
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = toDateValue(value);
	if (!date || Number.isNaN(date.getTime())) {
		fail(
			this,
			itemIndex,
			`"${field}" is not a date: ${show(value)}`,
			'Use an ISO 8601 date such as 2026-03-31 or 2026-03-31T14:30:00Z (times without a zone are read as UTC), or a date from an expression like {{ $now }}.',
		);
	}
	if (kind === 'date') {
		// A calendar date written by the user stays that date; a moment is taken in UTC.
		if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim()))
			return value.trim().slice(0, 10);
		return date.toISOString().slice(0, 10);
	}
	return date.toISOString();
}

/**
 * A Limit: a whole number ≥ 1 (a numeric string from an expression is accepted). Anything
 * else, including an expression that resolved to nothing, is refused: a missing Limit must
 * never turn into "all records" (or, for a paid search, into spent credits).
 */
export function requireLimit(this: IExecuteFunctions, value: unknown, itemIndex: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
		fail(
			this,
			itemIndex,
			`"Limit" must be a whole number of at least 1, got ${value === undefined ? 'nothing' : show(value)}`,
			'Set Limit to how many records you want (e.g. 50), or turn on Return All. An expression for Limit must give a whole number for every item.',
		);
	}
	return number;
}
