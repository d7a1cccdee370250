import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact } from '../../helpers/utils';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import type { BatchOptions } from '../batch';
import { runBatches, sharedOutcome } from '../batch';
import { projectLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

/** Leonar takes at most 100 profiles per call. */
export const ADD_TO_PROJECT_CHUNK = 100;

const properties: INodeProperties[] = [
	{
		...projectLocator.property,
		description: 'The project to add the candidates to (they go to its first stage)',
	},
	{
		displayName: 'Profile Field',
		name: 'profileField',
		type: 'string',
		default: '',
		placeholder: 'e.g. profile',
		description:
			'Field of each input item that holds the profile, as a sourcing search returns it; leave empty when the whole item is the profile (the output of a Sourcing search)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'LinkedIn Account Name or ID',
				name: 'accountId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getConnectedAccounts' },
				default: '',
				description:
					'Connected LinkedIn account the profiles were found with (for LinkedIn search results). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	optionsCollection(),
];

interface Prepared {
	profile: IDataObject;
	accountId?: string;
}

function profileOf(ctx: IExecuteFunctions, i: number): IDataObject {
	const field = (ctx.getNodeParameter('profileField', i, '') as string).trim();
	const json = ctx.getInputData()[i]?.json ?? {};
	const value: unknown = field
		? field.split('.').reduce<unknown>((v, key) => (v as IDataObject | undefined)?.[key], json)
		: json;
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Input item ${i} holds no profile${field ? ` in the field "${field}"` : ''}`,
			{
				itemIndex: i,
				description:
					'Each input item must be a profile as a Sourcing search returns it (with first_name), or hold one in "Profile Field".',
			},
		);
	}
	const profile = value as IDataObject;
	if (typeof profile.first_name !== 'string' || profile.first_name.trim() === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`The profile of input item ${i} has no first_name`,
			{
				itemIndex: i,
				description:
					'Leonar needs at least first_name to create the candidate. Pass profiles as a Sourcing search returns them.',
			},
		);
	}
	if (profile.first_name.length > 100) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The first_name of the profile of input item ${i} is longer than 100 characters`,
			{
				itemIndex: i,
			},
		);
	}
	return profile;
}

const batch: BatchOptions<Prepared> = {
	chunkSize: ADD_TO_PROJECT_CHUNK,
	prepare(i) {
		const projectId = readRecordId(this, projectLocator, i);
		const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const accountId = additionalFields.accountId
			? requireUuid.call(this, additionalFields.accountId, 'LinkedIn Account', i)
			: undefined;
		const profile = profileOf(this, i);
		const identity = profile.profile_id ?? profile.linkedin_url;
		return {
			// Profiles found with another account go in another call: account_id is per call.
			group: JSON.stringify([projectId, accountId ?? null]),
			key: identity ? `id:${String(identity)}` : `item:${i}`,
			value: { profile, accountId },
		};
	},
	async send(group, slots, firstItem) {
		const [projectId, accountId] = JSON.parse(group) as [string, string | null];
		const result = await leonarApiRequest.call(this, ENDPOINTS.sourcingAddToProject, {
			body: compact({
				project_id: projectId,
				profiles: slots.map(({ value }) => value.profile),
				account_id: accountId ?? undefined,
			}),
			recordId: projectId,
			itemIndex: firstItem,
		});
		const contactIds = Array.isArray(result.contact_ids) ? (result.contact_ids as string[]) : [];
		const added = Number(result.added ?? contactIds.length);
		const outcome = added === 0 ? 'not_added' : sharedOutcome({ added }, slots.length, ['added']);
		return slots.map(({ value }, index) =>
			compact({
				project_id: projectId,
				profile_id: value.profile.profile_id as string | undefined,
				first_name: value.profile.first_name as string,
				last_name: value.profile.last_name as string | undefined,
				linkedin_url: value.profile.linkedin_url as string | undefined,
				outcome,
				// Leonar lists the new contacts in profile order; with every profile added they line up.
				contact_id: outcome === 'added' ? contactIds[index] : undefined,
				batch: { added, size: slots.length },
			}),
		);
	},
};

/** Sends the profiles of each project together, up to 100 per call; one output item per input item. */
async function executeBatch(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await runBatches(this, items, batch);
}

export const operation = defineOperation({
	value: 'addToProject',
	label: 'Add Profiles to Project',
	action: 'Add sourced profiles to a project',
	summary:
		"Import the profile of each input item (as a sourcing search returns it) into a project's pipeline as a candidate, creating contacts as needed. Items for the same project are sent together (up to 100 per call).",
	endpoints: [ENDPOINTS.sourcingAddToProject],
	properties,
	executeBatch,
});
