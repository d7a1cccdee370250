import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { compact } from '../../helpers/utils';
import { requireText, requireUuid, toApiDate, toUuidList } from '../../helpers/validation';

/** A deal pipeline dropdown (the account's pipelines). */
export const pipelineField = (description: string): INodeProperties => ({
	displayName: 'Pipeline Name or ID',
	name: 'pipelineId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getDealPipelines' },
	default: '',
	description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

/** A deal stage dropdown listing the stages of the pipeline chosen in the same collection. */
export const stageField = (collection: string, description: string): INodeProperties => ({
	displayName: 'Stage Name or ID',
	name: 'stageId',
	type: 'options',
	typeOptions: {
		loadOptionsMethod: 'getDealStages',
		loadOptionsDependsOn:
			collection === 'updateFields'
				? [`${collection}.pipelineId`, 'dealId.value']
				: [`${collection}.pipelineId`],
	},
	default: '',
	description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

/** The deal owner dropdown (workspace members). */
export const ownerField = (description: string): INodeProperties => ({
	displayName: 'Owner Name or ID',
	name: 'ownerId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getMembers' },
	default: '',
	description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

/** The deal fields a user can set on create and update (camelCase of the API field). */
export function dealFields(
	collection: 'additionalFields' | 'updateFields',
	exclude: string[] = [],
): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Expected value of the deal, in its currency',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			description: 'The Leonar ID (UUID) of the client company',
		},
		{
			displayName: 'Contact IDs',
			name: 'contactIds',
			type: 'string',
			default: '',
			description:
				'Comma-separated Leonar IDs of the contacts on the deal (an expression may also give an array); on update they replace the current list',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			placeholder: 'EUR',
			description: 'Three-letter ISO 4217 code, e.g. EUR or USD',
		},
		{
			displayName: 'Expected Close Date',
			name: 'expectedCloseDate',
			type: 'dateTime',
			default: '',
			description:
				'The day the deal is expected to close, e.g. 2026-06-30 (an ISO date-time keeps its written date; an n8n DateTime such as {{ $now }} gives its day in UTC)',
		},
		ownerField('Member who owns the deal'),
		pipelineField(
			collection === 'additionalFields'
				? 'Pipeline of the deal; without it Leonar uses the default pipeline'
				: 'Move the deal to another pipeline (its first stage unless a stage is given)',
		),
		{
			displayName: 'Probability (%)',
			name: 'probability',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 50,
			description: 'Chance of winning, 0–100',
		},
		stageField(
			collection,
			collection === 'additionalFields'
				? 'Stage of the deal; without it the first stage of the pipeline'
				: 'Stage of the deal, in its pipeline (or in the pipeline given here)',
		),
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'Title of the deal (up to 255 characters)',
		},
	];
	return fields.filter((field) => !exclude.includes(field.name));
}

const LABELS: Record<string, string> = {
	amount: 'Amount',
	companyId: 'Company ID',
	contactIds: 'Contact IDs',
	currency: 'Currency',
	expectedCloseDate: 'Expected Close Date',
	ownerId: 'Owner',
	pipelineId: 'Pipeline',
	probability: 'Probability (%)',
	stageId: 'Stage',
	title: 'Title',
};

/** A number from a field or an expression, checked against a range. */
export function requireNumber(
	this: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	range: { min?: number; max?: number; integer?: boolean } = {},
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	const fail = (why: string): never => {
		throw new NodeOperationError(
			this.getNode(),
			`"${field}" ${why}, got ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	};
	if (typeof number !== 'number' || !Number.isFinite(number)) fail('must be a number');
	const n = number as number;
	if (range.integer && !Number.isInteger(n)) fail('must be a whole number');
	if (range.min !== undefined && n < range.min) fail(`must be at least ${range.min}`);
	if (range.max !== undefined && n > range.max) fail(`must be at most ${range.max}`);
	return n;
}

/** Builds the API body from deal fields, validating each one before any request. */
export function buildDealBody(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === '' || value === null) continue;
		const label = LABELS[name] ?? name;
		switch (name) {
			case 'title':
				body.title = requireText.call(this, value, label, itemIndex, 255);
				break;
			case 'pipelineId':
				body.pipeline_id = requireUuid.call(this, value, label, itemIndex);
				break;
			case 'stageId':
				body.stage_id = requireUuid.call(this, value, label, itemIndex);
				break;
			case 'companyId':
				body.company_id = requireUuid.call(this, value, label, itemIndex);
				break;
			case 'ownerId':
				body.owner_id = requireUuid.call(this, value, label, itemIndex);
				break;
			case 'contactIds':
				body.contact_ids = toUuidList.call(this, value, label, itemIndex);
				break;
			case 'amount':
				body.amount = requireNumber.call(this, value, label, itemIndex, { min: 0 });
				break;
			case 'probability':
				body.probability = requireNumber.call(this, value, label, itemIndex, {
					min: 0,
					max: 100,
					integer: true,
				});
				break;
			case 'currency': {
				const currency = requireText.call(this, value, label, itemIndex).toUpperCase();
				if (!/^[A-Z]{3}$/.test(currency)) {
					throw new NodeOperationError(
						this.getNode(),
						`"${label}" must be a three-letter currency code such as EUR, got "${String(value)}"`,
						{
							itemIndex,
						},
					);
				}
				body.currency = currency;
				break;
			}
			case 'expectedCloseDate':
				body.expected_close_date = toApiDate.call(this, value, label, itemIndex, 'date');
				break;
			default:
				throw new NodeOperationError(this.getNode(), `Unknown deal field "${name}"`, { itemIndex });
		}
	}
	return compact(body);
}

/** Fields a simplified deal keeps. */
export const SIMPLE_DEAL_FIELDS = [
	'id',
	'title',
	'status',
	'amount',
	'currency',
	'probability',
	'pipeline_id',
	'stage_id',
	'company_id',
	'owner_id',
	'expected_close_date',
	'closed_at',
	'created_at',
	'updated_at',
] as const;
