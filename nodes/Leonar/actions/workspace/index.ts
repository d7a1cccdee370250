import { defineResource } from '../resource';
import { operation as getConnectedAccounts } from './getConnectedAccounts.operation';
import { operation as getMembers } from './getMembers.operation';

export const workspace = defineResource({
	value: 'workspace',
	label: 'Workspace',
	summary: 'Workspace members and connected LinkedIn accounts.',
	defaultOperation: 'getMembers',
	operations: [getConnectedAccounts, getMembers],
});
