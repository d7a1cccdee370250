import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator, projectLocator, stageField } from './locator';

const properties: INodeProperties[] = [
	projectLocator,
	{ ...contactLocator, description: 'The contact to add to the project as a candidate' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [stageField(false, 'Stage to put the candidate in; without it Leonar uses the first stage of the pipeline')],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['pipelineEntry'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = getRecordId.call(this, 'projectId', i, 'Project', 'project');
	const contactId = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = compact({
		contact_id: contactId,
		stage_id: additionalFields.stageId ? requireUuid.call(this, additionalFields.stageId, 'Stage', i) : undefined,
	});
	const entry = await leonarApiRequest.call(this, ENDPOINTS.entryCreate, {
		pathParams: { id: projectId },
		body,
		itemIndex: i,
	});
	return toItems.call(this, entry, i);
}
