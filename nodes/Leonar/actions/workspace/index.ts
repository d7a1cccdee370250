import type { INodeProperties } from 'n8n-workflow';

import * as getConnectedAccounts from './getConnectedAccounts.operation';
import * as getMembers from './getMembers.operation';

export { getConnectedAccounts, getMembers };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Get Connected Accounts',
				value: 'getConnectedAccounts',
				action: 'Get connected accounts',
				description:
					'List the LinkedIn accounts connected to the workspace with their Recruiter / Sales Navigator status; their IDs are what LinkedIn search needs. Needs no scope (any valid key).',
			},
			{
				name: 'Get Members',
				value: 'getMembers',
				action: 'Get workspace members',
				description: 'List the users of the workspace; their user IDs are what project owners and task assignees take. Needs no scope (any valid key).',
			},
		],
		default: 'getMembers',
	},
	...getConnectedAccounts.description,
	...getMembers.description,
];
