import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import type { BatchOptions } from '../batch';
import { runBatches, sharedOutcome } from '../batch';
import { contactLocator, ENROLL_CHUNK, sequenceLocator } from './locator';

const properties: INodeProperties[] = [
	sequenceLocator,
	{
		...contactLocator,
		description: 'The contact to take out of the sequence; usually an expression reading the contact ID from each input item',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['sequence'], operation: ['unenroll'] } },
	properties,
);

const batch: BatchOptions<string> = {
	chunkSize: ENROLL_CHUNK,
	prepare(i) {
		const sequenceId = getRecordId.call(this, 'sequenceId', i, 'Sequence', 'sequence');
		const contactId = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
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
export async function executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await runBatches(this, items, batch);
}
