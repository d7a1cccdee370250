import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { returnUpdate } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	entryLocator,
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
				description: 'Notes on the candidate in this project (up to 10,000 characters); replaces the current notes',
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

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const entryId = getRecordId.call(this, 'entryId', i, 'Pipeline Entry', 'pipeline entry');
	const updateFields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	if (updateFields.rating !== undefined) {
		const rating = Number(updateFields.rating);
		if (!Number.isInteger(rating) || rating < 0 || rating > 5) {
			throw new NodeOperationError(this.getNode(), `"Rating" must be a whole number from 0 to 5, got ${String(updateFields.rating)}`, {
				itemIndex: i,
			});
		}
		body.rating = rating;
	}
	if (updateFields.notes !== undefined) {
		const notes = String(updateFields.notes);
		if (notes.length > 10000) {
			throw new NodeOperationError(this.getNode(), `"Notes" is too long: ${notes.length} characters, at most 10000`, {
				itemIndex: i,
			});
		}
		body.notes = notes;
	}
	return await returnUpdate.call(this, ENDPOINTS.entryUpdate, i, { pathParams: { id: projectId, entryId }, body, recordId: entryId });
}
