import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnRecord } from '../../helpers/operations';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { conversationLocator, SIMPLE_CONVERSATION_FIELDS } from './locator';

const properties: INodeProperties[] = [
	conversationLocator,
	simplifyField(SIMPLE_CONVERSATION_FIELDS),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getConversation'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'conversationId', i, 'Conversation', 'conversation');
	return await returnRecord.call(this, ENDPOINTS.conversationGet, i, { pathParams: { id } }, SIMPLE_CONVERSATION_FIELDS);
}
