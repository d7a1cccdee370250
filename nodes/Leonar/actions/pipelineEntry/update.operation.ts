import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	entryLocator.property,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add are changed; the others keep their values',
		options: [
			{
				displayName: 'Notes',
				name: 'notes',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description:
					'Notes on the candidate in this project (up to 10,000 characters); replaces the current notes',
			},
			{
				displayName: 'Rating',
				name: 'rating',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 5, numberPrecision: 0 },
				default: 0,
				description: 'Rating of the candidate from 0 to 5',
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const entryId = readRecordId(this, entryLocator, i);
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	if (updateFields.rating !== undefined) {
		const rating = Number(updateFields.rating);
		if (!Number.isInteger(rating) || rating < 0 || rating > 5) {
			throw new NodeOperationError(
				this.getNode(),
				`"Rating" must be a whole number from 0 to 5, got ${String(updateFields.rating)}`,
				{
					itemIndex: i,
				},
			);
		}
		body.rating = rating;
	}
	if (updateFields.notes !== undefined) {
		const notes = String(updateFields.notes);
		if (notes.length > 10000) {
			throw new NodeOperationError(
				this.getNode(),
				`"Notes" is too long: ${notes.length} characters, at most 10000`,
				{
					itemIndex: i,
				},
			);
		}
		body.notes = notes;
	}
	return await returnUpdate.call(this, ENDPOINTS.entryUpdate, i, {
		pathParams: { id: projectId, entryId },
		body,
		recordId: entryId,
	});
}

export const operation = defineOperation({
	value: 'update',
	label: 'Update',
	action: 'Update a pipeline entry',
	summary: "Change a candidate's rating (0-5) or notes in a project.",
	endpoints: [ENDPOINTS.entryUpdate],
	concurrent: 'write',
	properties,
	execute,
});
