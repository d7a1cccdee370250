import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { requireText, requireUuid } from '../../helpers/validation';
import { leonarRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Search Text',
		name: 'query',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Paris',
		description: 'Place name to look up',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'LinkedIn Account Name or ID',
				name: 'accountId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getConnectedAccounts' },
				default: '',
				description:
					'Connected LinkedIn account to look the places up with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'LinkedIn Product',
				name: 'apiType',
				type: 'options',
				options: [
					{ name: 'Classic', value: 'classic' },
					{ name: 'Recruiter', value: 'recruiter' },
					{ name: 'Sales Navigator', value: 'sales_navigator' },
				],
				default: 'recruiter',
				description: 'Which LinkedIn product the IDs are for',
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const q = requireText.call(this, this.getNodeParameter('query', i, ''), 'Search Text', i, 200);
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const qs = compact({
		q,
		account_id: additionalFields.accountId
			? requireUuid.call(this, additionalFields.accountId, 'LinkedIn Account', i)
			: undefined,
		api_type: additionalFields.apiType,
	});
	const { body } = await leonarRequest.call(this, ENDPOINTS.sourcingLocations, {
		qs,
		itemIndex: i,
	});
	const locations = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	return toItems.call(this, locations, i);
}

export const operation = defineOperation({
	value: 'getLocations',
	label: 'Get LinkedIn Locations',
	action: 'Look up location codes for a place name',
	summary:
		'Find the LinkedIn geo IDs of a place name, for the location filters of LinkedIn searches.',
	endpoints: [ENDPOINTS.sourcingLocations],
	concurrent: 'read',
	properties,
	execute,
});
