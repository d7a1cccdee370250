import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { leonarRequest } from '../transport';
import type { Endpoint } from '../transport/endpoints';
import { ENDPOINTS } from '../transport/endpoints';

const PAGE = 50;

/** One page of a list endpoint, searched on the server, for a resource locator's list mode. */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	endpoint: Endpoint,
	filter: string | undefined,
	paginationToken: string | undefined,
	label: (record: IDataObject) => string,
	searchParam = 'search',
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const qs: IDataObject = { limit: PAGE, offset };
	if (filter) qs[searchParam] = filter;
	const { body } = await leonarRequest.call(ctx, endpoint, { qs });
	const records = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	const meta = (body.meta ?? {}) as IDataObject;
	return {
		results: records.map((record) => ({ name: label(record), value: String(record.id) })),
		paginationToken: meta.has_more ? String(offset + records.length) : undefined,
	};
}

function personLabel(record: IDataObject): string {
	const name = [record.first_name, record.last_name].filter(Boolean).join(' ') || String(record.id);
	const role = [record.title, record.current_company].filter(Boolean).join(' @ ');
	return role ? `${name} (${role})` : name;
}

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(this, ENDPOINTS.contactList, filter, paginationToken, personLabel);
}
