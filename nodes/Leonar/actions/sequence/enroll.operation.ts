import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact } from '../../helpers/utils';
import { readRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import type { BatchOptions } from '../batch';
import { runBatches, sharedOutcome } from '../batch';
import { contactLocator, sequenceLocator } from '../../descriptions/locators';
import { ENROLL_CHUNK } from './fields';
import { defineOperation } from '../operation';

const ENROLL_OUTCOMES = [
	'enrolled',
	'skipped_already_enrolled',
	'skipped_active_elsewhere',
	'skipped_blacklisted',
	'skipped_not_found',
];

const variable = (n: number): INodeProperties => ({
	displayName: `Custom Variable ${n}`,
	name: `customVariable${n}`,
	type: 'string',
	default: '',
	description: `Value of the sequence placeholder custom_variable_${n} for this contact (up to 1,000 characters)`,
});

const properties: INodeProperties[] = [
	sequenceLocator.property,
	{
		...contactLocator.property,
		description:
			'The contact to enroll; usually an expression reading the contact ID from each input item',
	},
	{
		displayName: 'Custom Variables',
		name: 'customVariables',
		type: 'collection',
		placeholder: 'Add Variable',
		default: {},
		description:
			"Per-contact values for the sequence's fixed placeholders custom_variable_1 to custom_variable_4",
		options: [variable(1), variable(2), variable(3), variable(4)],
	},
	optionsCollection(),
];

interface Enrollment {
	contactId: string;
	customVariables: IDataObject;
}

const batch: BatchOptions<Enrollment> = {
	chunkSize: ENROLL_CHUNK,
	prepare(i) {
		const sequenceId = readRecordId(this, sequenceLocator, i);
		const contactId = readRecordId(this, contactLocator, i);
		const raw = this.getNodeParameter('customVariables', i, {}) as IDataObject;
		const customVariables: IDataObject = {};
		for (let n = 1; n <= 4; n++) {
			const value = raw[`customVariable${n}`];
			if (value === undefined || value === '') continue;
			customVariables[`custom_variable_${n}`] = requireText.call(
				this,
				value,
				`Custom Variable ${n}`,
				i,
				1000,
			);
		}
		return { group: sequenceId, key: contactId, value: { contactId, customVariables } };
	},
	async send(sequenceId, slots, firstItem) {
		const withVariables = slots.some((slot) => Object.keys(slot.value.customVariables).length > 0);
		// One call takes either plain ids or contacts with variables, never both.
		const body: IDataObject = withVariables
			? {
					contacts: slots.map(({ value }) =>
						compact({
							contact_id: value.contactId,
							custom_variables: Object.keys(value.customVariables).length
								? value.customVariables
								: undefined,
						}),
					),
				}
			: { contact_ids: slots.map(({ value }) => value.contactId) };
		const counts = await leonarApiRequest.call(this, ENDPOINTS.sequenceEnroll, {
			pathParams: { id: sequenceId },
			body,
			itemIndex: firstItem,
		});
		const outcome = sharedOutcome(counts, slots.length, ENROLL_OUTCOMES);
		return slots.map(({ value }) =>
			compact({
				sequence_id: sequenceId,
				contact_id: value.contactId,
				custom_variables: Object.keys(value.customVariables).length
					? value.customVariables
					: undefined,
				outcome,
				batch: { ...counts, size: slots.length },
			}),
		);
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
	value: 'enroll',
	label: 'Enroll Contact',
	action: 'Enroll contacts in a sequence',
	summary:
		'Start the outreach sequence for the contact of each input item, with optional custom variables. Items for the same sequence are sent together (up to 500 per call); blacklisted, already enrolled or busy contacts are skipped, not failed.',
	endpoints: [ENDPOINTS.sequenceEnroll],
	properties,
	executeBatch,
});
