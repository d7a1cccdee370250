import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { readRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { entryLocator, projectLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	entryLocator.property,
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const entryId = readRecordId(this, entryLocator, i);
	await leonarApiRequest.call(this, ENDPOINTS.entryDelete, {
		pathParams: { id: projectId, entryId },
		recordId: entryId,
		itemIndex: i,
	});
	return toItems.call(this, { id: entryId, project_id: projectId, deleted: true }, i);
}

export const operation = defineOperation({
	value: 'delete',
	label: 'Remove From Project',
	action: 'Remove a contact from a project pipeline',
	summary: 'Delete the entry: the candidate leaves the project; the contact itself is kept.',
	endpoints: [ENDPOINTS.entryDelete],
	concurrent: 'write',
	properties,
	execute,
});
