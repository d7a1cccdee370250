import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { leonarRequest } from '../transport';
import type { Endpoint } from '../transport/endpoints';

const PAGE = 50;

/**
 * One page of a list endpoint for a resource locator's "From List" mode, searched on the
 * server through `qs` (the endpoint's `search` parameter or an `ilike` filter). The
 * pagination token is the next offset.
 */
export async function listPage(
	ctx: ILoadOptionsFunctions,
	endpoint: Endpoint,
	qs: IDataObject,
	paginationToken: string | undefined,
	label: (record: IDataObject) => string,
	pathParams?: Record<string, string>,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const { body } = await leonarRequest.call(ctx, endpoint, {
		pathParams,
		qs: { ...qs, limit: PAGE, offset },
	});
	const records = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	const meta = (body.meta ?? {}) as IDataObject;
	return {
		results: records.map((record) => ({ name: label(record), value: String(record.id) })),
		paginationToken: meta.has_more && records.length ? String(offset + records.length) : undefined,
	};
}

/** The typed search text, trimmed, or undefined when empty. */
export function searchText(filter: string | undefined): string | undefined {
	const text = filter?.trim();
	return text ? text : undefined;
}
