import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { returnList } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { conversationLocator } from '../../descriptions/locators';
import { SIMPLE_MESSAGE_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	conversationLocator.property,
	...returnAllOrLimit,
	simplifyField(SIMPLE_MESSAGE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, conversationLocator, i);
	return await returnList.call(
		this,
		ENDPOINTS.conversationMessageList,
		i,
		{ pathParams: { id } },
		SIMPLE_MESSAGE_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many messages of a conversation',
	summary: 'List the messages of a conversation, newest first, inbound and outbound.',
	endpoints: [ENDPOINTS.conversationMessageList],
	concurrent: 'read',
	properties,
	execute,
});
