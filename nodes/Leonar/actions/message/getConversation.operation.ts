import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
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
	const conversation = await leonarApiRequest.call(this, ENDPOINTS.conversationGet, {
		pathParams: { id },
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? pick(conversation, SIMPLE_CONVERSATION_FIELDS) : conversation, i);
}
