import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../transport/endpoints';

/**
 * Filters written with Leonar's operators (`field=gte.2026-01-01`, `name=ilike.%acme%`,
 * `archived_at=is.not_null`) are not in Leonar's public docs. A server that ignores one
 * answers with the whole list, which would pass for the filtered one. So every page that
 * comes back is checked, as it arrives, against the operator filters that were sent: a record
 * that does not match means the filter was ignored, and the read stops there (usually on the
 * first page) with a clear error, or falls back to a documented read (./newestFirst.ts). A
 * record that lacks the field, or a value the check cannot read, is not held against the filter.
 */

const OPERATOR = /^(eq|neq|gt|gte|lt|lte|like|ilike|is)\.([\s\S]*)$/;
export const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface Filter {
	field: string;
	op: string;
	operand: string;
	text: string;
}

/** Whether a query value is written with an operator (`gte.…`, `ilike.…`, `is.…`). */
export const isOperatorValue = (value: unknown) =>
	typeof value === 'string' && OPERATOR.test(value);

export function filtersOf(qs: IDataObject | undefined): Filter[] {
	const filters: Filter[] = [];
	for (const [field, raw] of Object.entries(qs ?? {})) {
		for (const value of Array.isArray(raw) ? raw : [raw]) {
			const match = typeof value === 'string' ? OPERATOR.exec(value) : null;
			if (match)
				filters.push({ field, op: match[1], operand: match[2], text: `${field}=${value}` });
		}
	}
	return filters;
}

export function valueAt(record: IDataObject, field: string): unknown {
	return field
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			record,
		);
}

const scalar = (value: unknown): unknown =>
	value && typeof value === 'object'
		? ((value as IDataObject).email ??
			(value as IDataObject).name ??
			(value as IDataObject).id ??
			undefined)
		: value;

function likeRegex(pattern: string, insensitive: boolean): RegExp {
	const body = pattern
		.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		.replace(/[%*]/g, '.*')
		.replace(/_/g, '.');
	return new RegExp(`^${body}$`, insensitive ? 'is' : 's');
}

/** true / false, or undefined when the value cannot be compared with confidence. */
function compare(value: unknown, op: string, operand: string): boolean | undefined {
	let a: number | string;
	let b: number | string;
	if (typeof value === 'number' && Number.isFinite(Number(operand)) && operand !== '') {
		[a, b] = [value, Number(operand)];
	} else if (typeof value === 'string' && DATE.test(value) && DATE.test(operand)) {
		[a, b] = [Date.parse(value), Date.parse(operand)];
		if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
	} else if (typeof value === 'string' && (op === 'eq' || op === 'neq')) {
		[a, b] = [value, operand];
	} else {
		return undefined;
	}
	switch (op) {
		case 'eq':
			return a === b;
		case 'neq':
			return a !== b;
		case 'gt':
			return a > b;
		case 'gte':
			return a >= b;
		case 'lt':
			return a < b;
		case 'lte':
			return a <= b;
		default:
			return undefined;
	}
}

/** Whether a record matches a filter: true, false, or undefined (cannot tell). */
export function matches(record: IDataObject, filter: Filter): boolean | undefined {
	if (!(filter.field.split('.')[0] in record)) return undefined;
	const value = valueAt(record, filter.field);
	if (filter.op === 'is') {
		const isNull =
			value === null || value === undefined || (Array.isArray(value) && value.length === 0);
		if (filter.operand === 'null') return isNull;
		if (filter.operand === 'not_null') return !isNull;
		return undefined;
	}
	if (value === null || value === undefined) return false;
	const values = Array.isArray(value) ? value.map(scalar) : [value];
	if (filter.op === 'like' || filter.op === 'ilike') {
		const pattern = likeRegex(filter.operand, filter.op === 'ilike');
		return values.some((v) => v !== undefined && v !== null && pattern.test(String(v)));
	}
	const results = values.map((v) => compare(v, filter.op, filter.operand));
	if (results.some((result) => result === undefined)) return undefined;
	return filter.op === 'neq' ? results.every(Boolean) : results.some(Boolean);
}

/** The first operator filter a record of `records` does not match, with that record. */
export function findStray(
	filters: Filter[],
	records: IDataObject[],
): { filter: Filter; record: IDataObject } | undefined {
	for (const filter of filters) {
		const record = records.find((candidate) => matches(candidate, filter) === false);
		if (record) return { filter, record };
	}
	return undefined;
}

/** The list cannot be trusted: Leonar answered with records that do not match `filter`. */
export function ignoredFilterError(
	ctx: IExecuteFunctions,
	endpoint: Endpoint,
	filter: Filter,
	stray: IDataObject,
	itemIndex: number,
): NodeOperationError {
	const shown = JSON.stringify(valueAt(stray, filter.field) ?? null);
	return new NodeOperationError(
		ctx.getNode(),
		`Leonar ignored the filter ${filter.text} of ${endpoint.method} ${endpoint.path}`,
		{
			itemIndex,
			description: `It returned records that do not match it (${endpoint.record.toLowerCase()} ${String(stray.id ?? '')} has ${filter.field} ${shown.slice(0, 80)}), so the list would be wrong; the node stopped. Filters written with operators (gte., ilike., is.…) are not in Leonar's public docs. Leave this filter out and keep the records you want with n8n's Filter node.`,
		},
	);
}
