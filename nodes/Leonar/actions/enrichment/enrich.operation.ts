import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { pause } from '../../transport/pause';
import { contactLocator } from '../../descriptions/locators';
import { DATA_TYPES } from './fields';
import { defineOperation } from '../operation';

/** Seconds between two status checks while waiting. */
const POLL_INTERVAL_SECONDS = 2;
/** Longest wait a user may set, in seconds. */
const MAX_WAIT_SECONDS = 600;

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact to find emails and phone numbers for' },
	{
		displayName: 'Data Types',
		name: 'dataTypes',
		type: 'multiOptions',
		options: DATA_TYPES,
		default: ['work_email'],
		description: 'What to look for; what is found is added to the contact',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait until Leonar has finished the enrichment and return the result. Otherwise the pending request is returned at once; read it later with the Get operation.',
	},
	{
		displayName: 'Max Wait (Seconds)',
		name: 'maxWait',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_WAIT_SECONDS },
		default: 60,
		description:
			'How long to wait for the result. If it is not ready by then, the request is returned with status pending.',
		displayOptions: { show: { waitForCompletion: [true] } },
	},
	optionsCollection(),
];

const isDone = (request: IDataObject) =>
	request.status !== 'pending' && request.status !== 'processing';

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const contactId = readRecordId(this, contactLocator, i);
	const dataTypes = this.getNodeParameter('dataTypes', i, ['work_email']) as string[];
	if (!Array.isArray(dataTypes) || dataTypes.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'"Data Types" is empty: choose at least one thing to look for',
			{
				itemIndex: i,
			},
		);
	}
	const wait = this.getNodeParameter('waitForCompletion', i, false) as boolean;
	const maxWait = wait
		? Math.min(MAX_WAIT_SECONDS, Math.max(1, Number(this.getNodeParameter('maxWait', i, 60)) || 60))
		: 0;

	let request = await leonarApiRequest.call(this, ENDPOINTS.enrichmentCreate, {
		body: { contact_id: contactId, data_types: [...new Set(dataTypes)] },
		recordId: contactId,
		itemIndex: i,
	});
	const deadline = Date.now() + maxWait * 1000;
	while (wait && !isDone(request) && typeof request.id === 'string') {
		const left = deadline - Date.now();
		if (left <= 0) break;
		// Ends at once when the execution is cancelled.
		await pause(this, Math.min(POLL_INTERVAL_SECONDS * 1000, left), i);
		request = await leonarApiRequest.call(this, ENDPOINTS.enrichmentGet, {
			pathParams: { id: request.id },
			itemIndex: i,
		});
	}
	return toItems.call(this, request, i);
}

export const operation = defineOperation({
	value: 'enrich',
	label: 'Enrich Contact',
	action: 'Enrich a contact',
	summary:
		"Start finding a contact's work email, personal email or phone number; uses enrichment credits. Runs in the background unless Wait for Completion is on.",
	endpoints: [ENDPOINTS.enrichmentCreate],
	sometimes: { 'to wait for completion': [ENDPOINTS.enrichmentGet] },
	concurrent: 'create',
	properties,
	execute,
});
