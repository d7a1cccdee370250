import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import type { BatchOptions } from '../batch';
import { runBatches, sharedOutcome } from '../batch';
import { contactLocator, sequenceLocator } from '../../descriptions/locators';
import { ENROLL_CHUNK } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	sequenceLocator.property,
	{
		...contactLocator.property,
		description:
			'The contact to take out of the sequence; usually an expression reading the contact ID from each input item',
	},
	optionsCollection(),
];

const batch: BatchOptions<string> = {
	chunkSize: ENROLL_CHUNK,
	prepare(i) {
		const sequenceId = readRecordId(this, sequenceLocator, i);
		const contactId = readRecordId(this, contactLocator, i);
		return { group: sequenceId, key: contactId, value: contactId };
	},
	async send(sequenceId, slots, firstItem) {
		const counts = await leonarApiRequest.call(this, ENDPOINTS.sequenceUnenroll, {
			pathParams: { id: sequenceId },
			body: { contact_ids: slots.map(({ value }) => value) },
			itemIndex: firstItem,
		});
		const outcome = sharedOutcome(counts, slots.length, ['unenrolled', 'not_found']);
		return slots.map(({ value }) => ({
			sequence_id: sequenceId,
			contact_id: value,
			outcome,
			batch: { ...counts, size: slots.length },
		}));
	},
};

/** Sends the items of each sequence together, up to 500 contacts per call; one output item per input item. */
async function executeBatch(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await runBatches(this, items, batch);
}

export const operation = defineOperation({
	value: 'unenroll',
	label: 'Unenroll Contact',
	action: 'Unenroll contacts from a sequence',
	summary:
		'Stop the outreach sequence for the contact of each input item. Items for the same sequence are sent together (up to 500 per call).',
	endpoints: [ENDPOINTS.sequenceUnenroll],
	properties,
	executeBatch,
});
