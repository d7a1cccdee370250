import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildDealBody, dealFields } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: 'Title of the deal (up to 255 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: dealFields('additionalFields', ['title']),
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const title = requireText.call(this, this.getNodeParameter('title', i), 'Title', i, 255);
	const body = buildDealBody.call(this, { ...additionalFields, title }, i);
	const deal = await leonarApiRequest.call(this, ENDPOINTS.dealCreate, { body, itemIndex: i });
	return toItems.call(this, deal, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a deal',
	summary: 'Create a new deal (in the default pipeline and its first stage unless given).',
	endpoints: [ENDPOINTS.dealCreate],
	concurrent: 'create',
	properties,
	execute,
});
