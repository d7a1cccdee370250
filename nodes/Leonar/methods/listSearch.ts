import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { compact } from '../helpers/utils';
import { ENDPOINTS } from '../transport/endpoints';
import { listPage, searchText } from './listPage';

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
	return await listPage(this, ENDPOINTS.contactList, compact({ search: searchText(filter) }), paginationToken, personLabel);
}
