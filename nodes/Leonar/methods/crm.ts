import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { URL_ID_PATTERNS, isUuid } from '../helpers/validation';
import { compact } from '../helpers/utils';
import { contains } from '../helpers/filters';
import { leonarApiRequest, leonarApiRequestAllItems } from '../transport';
import { listPage, searchText } from './listPage';
import type { Endpoint } from '../transport/endpoints';
import { ENDPOINTS } from '../transport/endpoints';

/**
 * Searchable lists (resource locators' "From List" mode) and dropdowns for companies, deals,
 * notes, tags and tasks, plus workspace members and custom-field definitions.
 */

const shorten = (text: unknown, length = 60): string => {
	const value = String(text ?? '').replace(/\s+/g, ' ').trim();
	return value.length > length ? `${value.slice(0, length - 1)}…` : value;
};

export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.companyList,
		compact({ sort: 'name', search: searchText(filter) }),
		paginationToken,
		(c) => (c.domain ? `${String(c.name)} (${String(c.domain)})` : String(c.name ?? c.id)),
	);
}

export async function searchDeals(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.dealList,
		compact({ title: contains(filter) }),
		paginationToken,
		(d) => `${String(d.title ?? d.id)} (${[d.status, d.amount != null ? `${String(d.amount)} ${String(d.currency ?? '')}`.trim() : ''].filter(Boolean).join(', ')})`,
	);
}

export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.taskList,
		compact({ title: contains(filter) }),
		paginationToken,
		(t) => `${String(t.title ?? t.id)} (${[t.status, t.due_date && `due ${String(t.due_date)}`].filter(Boolean).join(', ')})`,
	);
}

export async function searchNotes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.noteList,
		compact({ content: contains(filter) }),
		paginationToken,
		(n) => `${shorten(n.content) || String(n.id)} (${String(n.created_at ?? '').slice(0, 10)})`,
	);
}

export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage(
		this,
		ENDPOINTS.tagList,
		compact({ sort: 'name', search: searchText(filter) }),
		paginationToken,
		(t) => `${String(t.name ?? t.id)} (${String(t.scope ?? 'global')})`,
	);
}

// ---------------------------------------------------------------- dropdowns

/** A parameter of the node being edited, or undefined where it does not exist. */
function current(ctx: ILoadOptionsFunctions, path: string): unknown {
	try {
		return ctx.getCurrentNodeParameter(path);
	} catch {
		return undefined;
	}
}

export async function getDealPipelines(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const pipelines = await leonarApiRequestAllItems.call(this, ENDPOINTS.dealPipelineList);
	return pipelines.map((pipeline) => ({
		name: `${String(pipeline.name)}${pipeline.is_default ? ' (Default)' : ''}`,
		value: String(pipeline.id),
		description: `Stages: ${((pipeline.stages ?? []) as IDataObject[]).map((s) => String(s.name)).join(' → ')}`,
	}));
}

/** The deal id the node is set to (any locator mode), for operations on one deal. */
function currentDealId(ctx: ILoadOptionsFunctions): string | undefined {
	const raw = current(ctx, 'dealId');
	const value = raw && typeof raw === 'object' ? (raw as IDataObject).value : raw;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (isUuid(text)) return text.toLowerCase();
	return URL_ID_PATTERNS.deal.exec(text)?.[1]?.toLowerCase();
}

/**
 * Stages of the chosen deal pipeline (Pipeline in Additional Fields, Update Fields or Filters).
 * Without a chosen pipeline: the stages of the deal the node works on (Move Stage), or else
 * the stages of every pipeline, named "Pipeline: Stage".
 */
export async function getDealStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let pipelineId = ['additionalFields.pipelineId', 'updateFields.pipelineId', 'filters.pipelineId', 'pipelineId']
		.map((path) => current(this, path))
		.find(isUuid);
	if (!pipelineId) {
		const dealId = currentDealId(this);
		if (dealId) {
			const deal = await leonarApiRequest.call(this, ENDPOINTS.dealGet, { pathParams: { id: dealId } });
			if (isUuid(deal.pipeline_id)) pipelineId = deal.pipeline_id;
		}
	}
	const pipelines = await leonarApiRequestAllItems.call(this, ENDPOINTS.dealPipelineList);
	const chosen = pipelineId
		? pipelines.filter((p) => String(p.id).toLowerCase() === pipelineId.toLowerCase())
		: pipelines;
	return chosen.flatMap((pipeline) =>
		((pipeline.stages ?? []) as IDataObject[])
			.slice()
			.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
			.map((stage) => ({
				name: pipelineId ? String(stage.name) : `${String(pipeline.name)}: ${String(stage.name)}`,
				value: String(stage.id),
			})),
	);
}

export async function getMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const members = await leonarApiRequestAllItems.call(this, ENDPOINTS.memberList);
	return members.map((member) => {
		const name = [member.first_name, member.last_name].filter(Boolean).join(' ') || String(member.email ?? member.user_id);
		return {
			name: member.email ? `${name} (${String(member.email)})` : name,
			value: String(member.user_id ?? member.id),
		};
	});
}

async function customFieldOptions(ctx: ILoadOptionsFunctions, endpoint: Endpoint): Promise<INodePropertyOptions[]> {
	const definitions = await leonarApiRequestAllItems.call(ctx, endpoint);
	return definitions.map((definition) => {
		const options = Array.isArray(definition.options) ? (definition.options as IDataObject[]) : [];
		return {
			name: String(definition.label ?? definition.key),
			value: String(definition.key),
			description: `Key ${String(definition.key)}, type ${String(definition.type)}${options.length ? `: ${options.map((o) => String(o.value)).join(', ')}` : ''}`,
		};
	});
}

export async function getContactCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customFieldOptions(this, ENDPOINTS.contactCustomFields);
}

export async function getCompanyCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customFieldOptions(this, ENDPOINTS.companyCustomFields);
}
