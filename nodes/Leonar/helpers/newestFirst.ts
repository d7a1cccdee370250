import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListOptions } from '../transport';
import { leonarApiRequestAllItems } from '../transport';
import type { Endpoint } from '../transport/endpoints';
import type { SortKey } from '../transport/pagers/order';
import { compareRecords, requestedOrder } from '../transport/pagers/order';
import type { Filter } from './operatorFilters';
import {
	DATE,
	filtersOf,
	findStray,
	ignoredFilterError,
	isOperatorValue,
	matches,
	valueAt,
} from './operatorFilters';

/**
 * A list read with operator filters (`updated_at=gte.…`, not in Leonar's public docs), checked
 * page by page as it arrives. When Leonar ignores them, and one of them is a lower bound on a
 * date the endpoint documents as a sort field (`endpoints.ts`, `sort`), the node falls back to
 * a documented read: the same list without the operator filters, newest first by that date
 * (`sort=-updated_at`), page by page only down to the bound. It checks that the answer really
 * is newest first (every page in order, none older than the oldest record, asked for first
 * with `sort=updated_at&limit=1`), applies every operator filter itself, and gives the records
 * in the order asked for, cut to the Limit. Otherwise (a filter the node cannot apply, no
 * documented sort) the read stops with the error that names the ignored filter.
 */

/** The API's order when none is asked for (the Sort option's default). */
const DEFAULT_ORDER: SortKey[] = [{ field: 'created_at', desc: true }];

interface Ignored {
	filter: Filter;
	error: NodeOperationError;
}

interface Plan {
	/** The lower bound read down to, on a date field the endpoint can be sorted by. */
	bound: Filter;
	at: number;
	/** Every operator filter of the query: the node applies them all to what it reads. */
	filters: Filter[];
}

/**
 * Whether the node can apply a filter to the list Leonar returns without it. Not `is.not_null`:
 * it may ask for records the unfiltered list leaves out (archived ones, for `archived_at`).
 */
const appliesOnNode = (filter: Filter) => filter.op !== 'is' || filter.operand === 'null';

const isLowerBound = (filter: Filter) =>
	(filter.op === 'gte' || filter.op === 'gt') &&
	DATE.test(filter.operand) &&
	Number.isFinite(Date.parse(filter.operand));

function planOf(endpoint: Endpoint, filters: Filter[]): Plan | undefined {
	if (!filters.every(appliesOnNode)) return undefined;
	const sortable = new Set(endpoint.sort?.fields ?? []);
	const bounds = filters.filter((filter) => isLowerBound(filter) && sortable.has(filter.field));
	if (!bounds.length) return undefined;
	// Of several (Created After and Updated Since), the latest bound: it usually ends the
	// window soonest. The other filters are applied by the node either way.
	const bound = bounds.reduce((a, b) => (Date.parse(b.operand) > Date.parse(a.operand) ? b : a));
	return { bound, at: Date.parse(bound.operand), filters };
}

/** The query without its operator filters (the node applies them), sorted newest first by `field`. */
function newestFirstQuery(qs: IDataObject | undefined, field: string): IDataObject {
	const query: IDataObject = {};
	for (const [key, value] of Object.entries(qs ?? {})) {
		const kept = Array.isArray(value) ? value.filter((v) => !isOperatorValue(v)) : value;
		if (Array.isArray(kept) ? kept.length : !isOperatorValue(kept)) query[key] = kept;
	}
	return { ...query, sort: `-${field}` };
}

/** Reads a list (`returnList`): checked against its operator filters, with the fallback above. */
export async function readCheckedList(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	request: ListOptions & { itemIndex: number },
): Promise<IDataObject[]> {
	const filters = filtersOf(request.qs);
	if (!filters.length) return await leonarApiRequestAllItems.call(this, endpoint, request);
	const stop: { ignored?: Ignored } = {};
	const inspect = (records: IDataObject[]) => {
		// Pages read concurrently may each find one: the first stop stands.
		if (stop.ignored) throw stop.ignored.error;
		const stray = findStray(filters, records);
		if (!stray) return;
		const { filter, record } = stray;
		stop.ignored = {
			filter,
			error: ignoredFilterError(this, endpoint, filter, record, request.itemIndex),
		};
		throw stop.ignored.error;
	};
	const records = await leonarApiRequestAllItems
		.call(this, endpoint, { ...request, inspect })
		.catch((error: unknown) => {
			// The check's own stop leads to the fallback; any other failure is the transport's
			// (already a NodeApiError or NodeOperationError) and goes on as it is.
			if (stop.ignored && error === stop.ignored.error) return undefined;
			throw error;
		});
	if (records) return records;
	const ignored = stop.ignored!;
	const plan = planOf(endpoint, filters);
	if (!plan) throw ignored.error;
	return await readNewestFirst.call(this, endpoint, request, plan, ignored);
}

async function readNewestFirst(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	request: ListOptions & { itemIndex: number },
	plan: Plan,
	ignored: Ignored,
): Promise<IDataObject[]> {
	const { bound, at, filters } = plan;
	const field = bound.field;
	const { limit } = request;
	const order = requestedOrder(request) ?? DEFAULT_ORDER;
	/** The record's date, null when it has none; a value that is no date stops the read. */
	const timeOf = (record: IDataObject): number | null => {
		const value = valueAt(record, field);
		if (value === null || value === undefined || value === '') return null;
		const time = typeof value === 'string' && DATE.test(value) ? Date.parse(value) : NaN;
		if (!Number.isFinite(time)) throw ignored.error;
		return time;
	};
	const kind = endpoint.record.toLowerCase();
	const shown = (record: IDataObject) =>
		`${kind} ${String(record.id ?? '')} (${field} ${JSON.stringify(valueAt(record, field) ?? null).slice(0, 40)})`;
	const disorder = (detail: string) =>
		ignoredSortError(this, endpoint, ignored.filter, field, detail, request.itemIndex);
	const query = newestFirstQuery(request.qs, field);
	const base = { pathParams: request.pathParams, itemIndex: request.itemIndex };
	// An answer in the API's default order can look newest first on the pages read (Updated
	// At often follows creation), so the node first asks for the oldest record (sort=<field>,
	// limit 1): newest first, no record may come out older than that one.
	const [oldest] = await leonarApiRequestAllItems.call(this, endpoint, {
		...base,
		qs: { ...query, sort: field },
		limit: 1,
	});
	const floor = oldest ? timeOf(oldest) : null;
	const checkOrder = (record: IDataObject, time: number, newer: IDataObject | undefined) => {
		if (newer && time > (timeOf(newer) as number))
			throw disorder(`${shown(record)} came after ${shown(newer)}`);
		if (floor !== null && time < floor)
			throw disorder(
				`${shown(record)} is older than ${shown(oldest)}, the oldest by sort=${field}`,
			);
	};
	// The whole window, whatever the Limit: the first records in the order asked for may be
	// anywhere in it. Every page is checked as a whole (also past the bound), and each record
	// against the one before it across pages.
	const window = await leonarApiRequestAllItems.call(this, endpoint, {
		...base,
		qs: query,
		inspect: (records) => {
			let newer: IDataObject | undefined;
			for (const record of records) {
				const time = timeOf(record);
				if (time === null) continue;
				checkOrder(record, time, newer);
				newer = record;
			}
		},
		until: (record, previous) => {
			const time = timeOf(record);
			if (time === null) return false;
			if (previous && timeOf(previous) !== null) checkOrder(record, time, previous);
			return bound.op === 'gte' ? time < at : time <= at;
		},
	});
	const kept = window.filter((record) => {
		const results = filters.map((filter) => matches(record, filter));
		// A filter the node cannot decide on this record: it cannot stand in for Leonar.
		if (results.some((result) => result === undefined)) throw ignored.error;
		return results.every(Boolean);
	});
	// The order asked for, the API's way: dates as instants, text without case, nulls last,
	// ties by id. A server collation may order names with accents or symbols slightly
	// differently than this comparison of lower-cased text.
	kept.sort((a, b) => compareRecords(order, a, b));
	return limit === undefined ? kept : kept.slice(0, limit);
}

/** Leonar ignored the filter, and the order that would let the node apply it. */
function ignoredSortError(
	ctx: IExecuteFunctions,
	endpoint: Endpoint,
	filter: Filter,
	field: string,
	detail: string,
	itemIndex: number,
): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Leonar ignored both the filter ${filter.text} and the order sort=-${field} of ${endpoint.method} ${endpoint.path}`,
		{
			itemIndex,
			description: `It returned records that do not match the filter, so the node read the list newest first by ${field}, to stop at the filter's date; but that answer was not newest first either (${detail}), so the records cannot be found without reading the whole list, and the node stopped. To get them anyway, read the list with n8n's HTTP Request node and the "Leonar API" credential, and keep the records you want with n8n's Filter node.`,
		},
	);
}
