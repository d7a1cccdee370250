import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator, projectLocator } from '../../descriptions/locators';
import { stageField } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	projectLocator.property,
	{ ...contactLocator.property, description: 'The contact to add to the project as a candidate' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			stageField(
				false,
				'Stage to put the candidate in; without it Leonar uses the first stage of the pipeline',
			),
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const projectId = readRecordId(this, projectLocator, i);
	const contactId = readRecordId(this, contactLocator, i);
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = compact({
		contact_id: contactId,
		stage_id: additionalFields.stageId
			? requireUuid.call(this, additionalFields.stageId, 'Stage', i)
			: undefined,
	});
	const entry = await leonarApiRequest.call(this, ENDPOINTS.entryCreate, {
		pathParams: { id: projectId },
		body,
		itemIndex: i,
	});
	return toItems.call(this, entry, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Add to Project',
	action: 'Add a contact to a project pipeline',
	summary:
		"Add an existing contact to a project's pipeline as a candidate, in a chosen or the first stage.",
	endpoints: [ENDPOINTS.entryCreate],
	concurrent: 'create',
	properties,
	execute,
});
