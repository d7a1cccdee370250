import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { returnList } from '../../helpers/operations';
import { ENDPOINTS } from '../../transport/endpoints';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [...returnAllOrLimit, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await returnList.call(this, ENDPOINTS.memberList, i);
}

export const operation = defineOperation({
	value: 'getMembers',
	label: 'Get Members',
	action: 'Get workspace members',
	summary:
		'List the users of the workspace; their user IDs are what project owners and task assignees take.',
	endpoints: [ENDPOINTS.memberList],
	concurrent: 'read',
	properties,
	execute,
});
