import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { contains } from '../helpers/filters';
import { recordIdOrUndefined } from '../helpers/recordId';
import { compact } from '../helpers/utils';
import type { Endpoint } from '../transport/endpoints';
import { ENDPOINTS } from '../transport/endpoints';
import { listPage, searchText } from './listPage';

/**
 * The searchable lists behind the resource locators' "From List" mode, one entry each: the
 * list endpoint, how the typed text is sent, and how a record is labelled.
 */

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

interface ListDefinition {
	endpoint: Endpoint;
	/** The query for the typed text (undefined when nothing is typed). */
	query: (text: string | undefined) => IDataObject;
	label: (record: IDataObject) => string;
}

function searchList(definition: ListDefinition): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const qs = compact(definition.query(searchText(filter)));
		return await listPage(this, definition.endpoint, qs, paginationToken, definition.label);
	};
}

const shorten = (text: unknown, length = 60): string => {
	const value = String(text ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	return value.length > length ? `${value.slice(0, length - 1)}…` : value;
};

const fullName = (person: IDataObject): string =>
	[person.first_name, person.last_name].filter(Boolean).join(' ');

function personLabel(record: IDataObject): string {
	const name = fullName(record) || String(record.id);
	const role = [record.title, record.current_company].filter(Boolean).join(' @ ');
	return role ? `${name} (${role})` : name;
}

function projectLabel(project: IDataObject): string {
	const client = (project.client_company as IDataObject | null)?.name ?? project.client_name;
	const archived = project.status === 'archived' ? '[archived]' : '';
	return [project.name, client ? `(${String(client)})` : '', archived].filter(Boolean).join(' ');
}

function dealLabel(deal: IDataObject): string {
	const amount =
		deal.amount != null ? `${String(deal.amount)} ${String(deal.currency ?? '')}`.trim() : '';
	return `${String(deal.title ?? deal.id)} (${[deal.status, amount].filter(Boolean).join(', ')})`;
}

function conversationLabel(conversation: IDataObject): string {
	const who = fullName((conversation.contact ?? {}) as IDataObject) || 'Unknown contact';
	const subject = conversation.subject ? `: ${String(conversation.subject)}` : '';
	return `${who} (${String(conversation.channel ?? '')})${subject}`;
}

export const searchContacts = searchList({
	endpoint: ENDPOINTS.contactList,
	query: (text) => ({ search: text }),
	label: personLabel,
});

export const searchCompanies = searchList({
	endpoint: ENDPOINTS.companyList,
	query: (text) => ({ sort: 'name', search: text }),
	label: (c) => (c.domain ? `${String(c.name)} (${String(c.domain)})` : String(c.name ?? c.id)),
});

export const searchDeals = searchList({
	endpoint: ENDPOINTS.dealList,
	query: (text) => ({ title: contains(text) }),
	label: dealLabel,
});

export const searchTasks = searchList({
	endpoint: ENDPOINTS.taskList,
	query: (text) => ({ title: contains(text) }),
	label: (t) =>
		`${String(t.title ?? t.id)} (${[t.status, t.due_date && `due ${String(t.due_date)}`].filter(Boolean).join(', ')})`,
});

export const searchNotes = searchList({
	endpoint: ENDPOINTS.noteList,
	query: (text) => ({ content: contains(text) }),
	label: (n) =>
		`${shorten(n.content) || String(n.id)} (${String(n.created_at ?? '').slice(0, 10)})`,
});

export const searchTags = searchList({
	endpoint: ENDPOINTS.tagList,
	query: (text) => ({ sort: 'name', search: text }),
	label: (t) => `${String(t.name ?? t.id)} (${String(t.scope ?? 'global')})`,
});

/** One list a client-filtered search reads, in order; `keep` drops what a read must not hold. */
interface ClientRead {
	qs: IDataObject;
	keep?: (label: string) => boolean;
}

/** Requests one call of a client-filtered search may make before it returns what it has. */
const CLIENT_SEARCH_CALLS = 5;

/**
 * A searchable list whose text filter is not in Leonar's docs: only documented parameters are
 * sent, and the typed text is matched on the client against each record's label. The lists in
 * `reads` are read one after the other; the pagination token is `<read>:<offset>`.
 */
function clientSearchList(
	endpoint: Endpoint,
	reads: ClientRead[],
	label: (record: IDataObject) => string,
): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const needle = searchText(filter)?.toLowerCase();
		const [readText, offsetText] = (paginationToken ?? '0:0').split(':');
		let token: string | undefined = `${Number(readText) || 0}:${Number(offsetText) || 0}`;
		const results: INodeListSearchResult['results'] = [];
		for (let calls = 0; token && calls < CLIENT_SEARCH_CALLS && !results.length; calls++) {
			const [index, offset]: number[] = token.split(':').map(Number);
			const read = reads[index];
			if (!read) return { results };
			const page = await listPage(this, endpoint, read.qs, String(offset), label);
			results.push(
				...page.results.filter(
					(result) =>
						(!read.keep || read.keep(result.name)) &&
						(!needle || result.name.toLowerCase().includes(needle)),
				),
			);
			token = page.paginationToken
				? `${index}:${page.paginationToken}`
				: index + 1 < reads.length
					? `${index + 1}:0`
					: undefined;
		}
		return { results, paginationToken: token };
	};
}

/**
 * Projects: the default list (not archived), then `status=archived` (kept only when marked
 * archived, in case Leonar ignores it); `status=all` and `search` are not in Leonar's docs.
 */
export const searchProjects = clientSearchList(
	ENDPOINTS.projectList,
	[
		{ qs: { sort: '-updated_at' } },
		{
			qs: { status: 'archived', sort: '-updated_at' },
			keep: (name) => name.endsWith('[archived]'),
		},
	],
	projectLabel,
);

/** Sequences: the `name=ilike.` filter is not in Leonar's docs; the name is matched here. */
export const searchSequences = clientSearchList(
	ENDPOINTS.sequenceList,
	[{ qs: { sort: 'name' } }],
	(s) => `${String(s.name ?? s.id)} (${String(s.status ?? 'unknown status')})`,
);

export const searchConversations = searchList({
	endpoint: ENDPOINTS.conversationList,
	query: (text) => ({ subject: contains(text), sort: '-last_message_at' }),
	label: conversationLabel,
});

/** The project chosen in the node (any locator mode), or undefined while none is set. */
export function chosenProjectId(ctx: ILoadOptionsFunctions): string | undefined {
	return recordIdOrUndefined(currentParameter(ctx, 'projectId'), 'project');
}

/** A parameter of the node being edited, or undefined where it does not exist. */
export function currentParameter(ctx: ILoadOptionsFunctions, path: string): unknown {
	try {
		return ctx.getCurrentNodeParameter(path);
	} catch {
		return undefined;
	}
}

/** Entries of the project chosen in the node; the search text filters on contact and stage names. */
export async function searchPipelineEntries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const projectId = chosenProjectId(this);
	if (!projectId) return { results: [] };
	const { results, paginationToken: next } = await listPage(
		this,
		ENDPOINTS.entryList,
		{ sort: '-updated_at' },
		paginationToken,
		(entry) => {
			const stage = (entry.stage ?? {}) as IDataObject;
			const who = fullName((entry.contact ?? {}) as IDataObject) || String(entry.contact_id);
			return `${who} (${String(stage.name ?? 'no stage')})`;
		},
		{ id: projectId },
	);
	const needle = filter?.trim().toLowerCase();
	return {
		results: needle
			? results.filter((result) => result.name.toLowerCase().includes(needle))
			: results,
		paginationToken: next,
	};
}
