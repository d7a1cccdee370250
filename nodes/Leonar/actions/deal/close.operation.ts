import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { readRecordId, requireUuid, toApiDate } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { requireNumber } from './fields';
import { dealLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const STATUSES = ['won', 'lost', 'disqualified'];

const properties: INodeProperties[] = [
	dealLocator.property,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		required: true,
		options: [
			{ name: 'Disqualified', value: 'disqualified' },
			{ name: 'Lost', value: 'lost' },
			{ name: 'Won', value: 'won' },
		],
		default: 'won',
		description: 'How the deal ended',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Actual Close Date',
				name: 'actualCloseDate',
				type: 'dateTime',
				default: '',
				description:
					'The day the deal closed, e.g. 2026-06-30 (an ISO date-time keeps its written date; an n8n DateTime gives its day in UTC). Without it Leonar uses today.',
			},
			{
				displayName: 'Close Reason ID',
				name: 'closeReasonId',
				type: 'string',
				default: '',
				description: 'Leonar ID (UUID) of the close reason',
			},
			{
				displayName: 'Loss Reason ID',
				name: 'lossReasonId',
				type: 'string',
				default: '',
				description: 'Leonar ID (UUID) of the loss reason, for a lost deal',
			},
			{
				displayName: 'Signed Amount',
				name: 'signedAmount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Amount actually signed, in the deal currency',
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, dealLocator, i);
	const status = this.getNodeParameter('status', i) as string;
	if (!STATUSES.includes(status)) {
		throw new NodeOperationError(
			this.getNode(),
			`"Status" must be won, lost or disqualified, got "${String(status)}"`,
			{
				itemIndex: i,
			},
		);
	}
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const uuid = (value: unknown, label: string) =>
		value === undefined || value === '' ? undefined : requireUuid.call(this, value, label, i);
	const body = compact({
		status,
		signed_amount:
			fields.signedAmount === undefined || fields.signedAmount === ''
				? undefined
				: requireNumber.call(this, fields.signedAmount, 'Signed Amount', i, { min: 0 }),
		actual_close_date: toApiDate.call(this, fields.actualCloseDate, 'Actual Close Date', i, 'date'),
		close_reason_id: uuid(fields.closeReasonId, 'Close Reason ID'),
		loss_reason_id: uuid(fields.lossReasonId, 'Loss Reason ID'),
	});
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealClose, {
		pathParams: { id },
		body,
		itemIndex: i,
	});
	return toItems.call(this, deal, i);
}

export const operation = defineOperation({
	value: 'close',
	label: 'Close',
	action: 'Close a deal',
	summary: 'Close a deal as won, lost or disqualified, with signed amount, close date and reason.',
	endpoints: [ENDPOINTS.dealClose],
	concurrent: 'write',
	properties,
	execute,
});
