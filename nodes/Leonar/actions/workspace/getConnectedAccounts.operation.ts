import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Usable for LinkedIn Search Only',
				name: 'searchableOnly',
				type: 'boolean',
				default: true,
				description:
					'Whether to keep only accounts with an active Recruiter or Sales Navigator seat, the ones LinkedIn search can use',
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const searchableOnly = filters.searchableOnly === true;
	// Filtering happens here, so read everything first when it is on.
	let accounts = await leonarApiRequestAllItems.call(this, ENDPOINTS.connectedAccountList, {
		limit: searchableOnly ? undefined : limit,
		itemIndex: i,
	});
	if (searchableOnly) {
		accounts = accounts.filter((account) => {
			const status = (account.api_status ?? {}) as IDataObject;
			return status.recruiter === 'active' || status.sales_navigator === 'active';
		});
		if (limit !== undefined) accounts = accounts.slice(0, limit);
	}
	return toItems.call(this, accounts, i);
}

export const operation = defineOperation({
	value: 'getConnectedAccounts',
	label: 'Get Connected Accounts',
	action: 'Get connected accounts',
	summary:
		'List the LinkedIn accounts connected to the workspace with their Recruiter / Sales Navigator status; their IDs are what LinkedIn search needs.',
	endpoints: [ENDPOINTS.connectedAccountList],
	concurrent: 'read',
	properties,
	execute,
});
