import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { conversationLocator } from '../../descriptions/locators';
import { SIMPLE_CONVERSATION_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	conversationLocator.property,
	simplifyField(SIMPLE_CONVERSATION_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, conversationLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.conversationGet,
		i,
		{ pathParams: { id } },
		SIMPLE_CONVERSATION_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'getConversation',
	label: 'Get Conversation',
	action: 'Get a conversation',
	summary: 'Get one conversation (a contact on one channel) with its message count.',
	endpoints: [ENDPOINTS.conversationGet],
	concurrent: 'read',
	properties,
	execute,
});
