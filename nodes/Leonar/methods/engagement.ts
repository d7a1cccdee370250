import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeParameterResourceLocator,
	INodePropertyOptions,
} from 'n8n-workflow';

import { compact } from '../helpers/utils';
import { isUuid, URL_ID_PATTERNS } from '../helpers/validation';
import { contains } from '../helpers/filters';
import { leonarApiRequest, leonarApiRequestAllItems } from '../transport';
import { listPage, searchText } from './listPage';
import { ENDPOINTS } from '../transport/endpoints';

/**
 * Lists and dropdowns for projects, pipeline entries, sequences, conversations and the
 * workspace's connected LinkedIn accounts.
 */

/** The project chosen in the node (any locator mode), or undefined while none is set. */
export function chosenProjectId(ctx: ILoadOptionsFunctions): string | undefined {
	let raw: unknown;
	try {
		raw = ctx.getCurrentNodeParameter('projectId');
	} catch {
		return undefined;
	}
	const value = raw && typeof raw === 'object' ? (raw as INodeParameterResourceLocator).value : raw;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (isUuid(text)) return text.toLowerCase();
	const match = URL_ID_PATTERNS.project.exec(text);
	return match ? match[1].toLowerCase() : undefined;
}

function projectLabel(project: IDataObject): string {
	const client = (project.client_company as IDataObject | null)?.name ?? project.client_name;
	return [project.name, client ? `(${String(client)})` : '', project.status === 'archived' ? '[archived]' : '']
		.filter(Boolean)
		.join(' ');
}

export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { status: 'all', sort: '-updated_at' };
	const text = searchText(filter);
	if (text) qs.search = text;
	return await listPage(this, ENDPOINTS.projectList, qs, paginationToken, projectLabel);
}

export async function searchSequences(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.sequenceList,
		compact({ name: contains(filter), sort: 'name' }),
		paginationToken,
		(sequence) => `${String(sequence.name ?? sequence.id)} (${String(sequence.status ?? 'unknown status')})`,
	);
}

export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.conversationList,
		compact({ subject: contains(filter), sort: '-last_message_at' }),
		paginationToken,
		(conversation) => {
			const contact = (conversation.contact ?? {}) as IDataObject;
			const who = [contact.first_name, contact.last_name].filter(Boolean).join(' ') || 'Unknown contact';
			const subject = conversation.subject ? `: ${String(conversation.subject)}` : '';
			return `${who} (${String(conversation.channel ?? '')})${subject}`;
		},
	);
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
			const contact = (entry.contact ?? {}) as IDataObject;
			const stage = (entry.stage ?? {}) as IDataObject;
			const who = [contact.first_name, contact.last_name].filter(Boolean).join(' ') || String(entry.contact_id);
			return `${who} (${String(stage.name ?? 'no stage')})`;
		},
		{ id: projectId },
	);
	const needle = filter?.trim().toLowerCase();
	return {
		results: needle ? results.filter((result) => result.name.toLowerCase().includes(needle)) : results,
		paginationToken: next,
	};
}

/** The stages of the chosen project's pipeline; values are stage UUIDs, as the API wants. */
export async function getProjectStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const projectId = chosenProjectId(this);
	if (!projectId) return [];
	const project = await leonarApiRequest.call(this, ENDPOINTS.projectGet, { pathParams: { id: projectId } });
	const stages = ((project.pipeline as IDataObject | undefined)?.stages ?? []) as IDataObject[];
	return [...stages]
		.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
		.map((stage) => ({
			name: String(stage.name ?? stage.id),
			value: String(stage.id),
			description: stage.system_category ? `Category: ${String(stage.system_category)}` : undefined,
		}));
}

/** Connected LinkedIn accounts with an active Recruiter or Sales Navigator seat. */
export async function getConnectedAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const accounts = await leonarApiRequestAllItems.call(this, ENDPOINTS.connectedAccountList, { limit: 500 });
	return accounts
		.filter((account) => {
			const status = (account.api_status ?? {}) as IDataObject;
			return status.recruiter === 'active' || status.sales_navigator === 'active';
		})
		.map((account) => {
			const status = (account.api_status ?? {}) as IDataObject;
			const seats = ['recruiter', 'sales_navigator'].filter((seat) => status[seat] === 'active');
			return {
				name: String(account.name ?? account.id),
				value: String(account.id),
				description: `Active: ${seats.join(', ').replace('sales_navigator', 'Sales Navigator').replace('recruiter', 'Recruiter')}`,
			};
		});
}
