import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { isUuid, recordIdOrUndefined } from '../helpers/recordId';
import { leonarApiRequest, leonarApiRequestAllItems } from '../transport';
import type { Endpoint } from '../transport/endpoints';
import { ENDPOINTS } from '../transport/endpoints';
import { chosenProjectId, currentParameter } from './listSearch';

/**
 * Dropdowns loaded from the account: deal pipelines and stages, project stages, workspace
 * members, connected LinkedIn accounts and custom-field definitions.
 */

const byPosition = (a: IDataObject, b: IDataObject) =>
	Number(a.position ?? 0) - Number(b.position ?? 0);

export async function getDealPipelines(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const pipelines = await leonarApiRequestAllItems.call(this, ENDPOINTS.dealPipelineList);
	return pipelines.map((pipeline) => ({
		name: `${String(pipeline.name)}${pipeline.is_default ? ' (Default)' : ''}`,
		value: String(pipeline.id),
		description: `Stages: ${((pipeline.stages ?? []) as IDataObject[]).map((s) => String(s.name)).join(' → ')}`,
	}));
}

/**
 * Stages of the chosen deal pipeline (Pipeline in Additional Fields, Update Fields or Filters).
 * Without a chosen pipeline: the stages of the deal the node works on (Move Stage), or else
 * the stages of every pipeline, named "Pipeline: Stage".
 */
export async function getDealStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let pipelineId = [
		'additionalFields.pipelineId',
		'updateFields.pipelineId',
		'filters.pipelineId',
		'pipelineId',
	]
		.map((path) => currentParameter(this, path))
		.find(isUuid);
	if (!pipelineId) {
		const dealId = recordIdOrUndefined(currentParameter(this, 'dealId'), 'deal');
		if (dealId) {
			const deal = await leonarApiRequest.call(this, ENDPOINTS.dealGet, {
				pathParams: { id: dealId },
			});
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
			.sort(byPosition)
			.map((stage) => ({
				name: pipelineId ? String(stage.name) : `${String(pipeline.name)}: ${String(stage.name)}`,
				value: String(stage.id),
			})),
	);
}

/** The stages of the chosen project's pipeline; values are stage UUIDs, as the API wants. */
export async function getProjectStages(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const projectId = chosenProjectId(this);
	if (!projectId) return [];
	const project = await leonarApiRequest.call(this, ENDPOINTS.projectGet, {
		pathParams: { id: projectId },
	});
	const stages = ((project.pipeline as IDataObject | undefined)?.stages ?? []) as IDataObject[];
	return [...stages].sort(byPosition).map((stage) => ({
		name: String(stage.name ?? stage.id),
		value: String(stage.id),
		description: stage.system_category ? `Category: ${String(stage.system_category)}` : undefined,
	}));
}

/** The Leonar Trigger's stage dropdown: "Any Stage", then the chosen project's stages. */
export async function getTriggerStages(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const stages = await getProjectStages.call(this);
	return [{ name: 'Any Stage', value: '', description: 'Every move to another stage' }, ...stages];
}

export async function getMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const members = await leonarApiRequestAllItems.call(this, ENDPOINTS.memberList);
	return members.map((member) => {
		const name =
			[member.first_name, member.last_name].filter(Boolean).join(' ') ||
			String(member.email ?? member.user_id);
		return {
			name: member.email ? `${name} (${String(member.email)})` : name,
			value: String(member.user_id ?? member.id),
		};
	});
}

/** Connected LinkedIn accounts with an active Recruiter or Sales Navigator seat. */
export async function getConnectedAccounts(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const accounts = await leonarApiRequestAllItems.call(this, ENDPOINTS.connectedAccountList, {
		limit: 500,
	});
	const seatsOf = (account: IDataObject) => {
		const status = (account.api_status ?? {}) as IDataObject;
		return ['recruiter', 'sales_navigator'].filter((seat) => status[seat] === 'active');
	};
	return accounts
		.filter((account) => seatsOf(account).length > 0)
		.map((account) => ({
			name: String(account.name ?? account.id),
			value: String(account.id),
			description: `Active: ${seatsOf(account)
				.join(', ')
				.replace('sales_navigator', 'Sales Navigator')
				.replace('recruiter', 'Recruiter')}`,
		}));
}

async function customFieldOptions(
	ctx: ILoadOptionsFunctions,
	endpoint: Endpoint,
): Promise<INodePropertyOptions[]> {
	const definitions = await leonarApiRequestAllItems.call(ctx, endpoint);
	return definitions.map((definition) => {
		const options = Array.isArray(definition.options) ? (definition.options as IDataObject[]) : [];
		const values = options.length ? `: ${options.map((o) => String(o.value)).join(', ')}` : '';
		return {
			name: String(definition.label ?? definition.key),
			value: String(definition.key),
			description: `Key ${String(definition.key)}, type ${String(definition.type)}${values}`,
		};
	});
}

export async function getContactCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFieldOptions(this, ENDPOINTS.contactCustomFields);
}

export async function getCompanyCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customFieldOptions(this, ENDPOINTS.companyCustomFields);
}
