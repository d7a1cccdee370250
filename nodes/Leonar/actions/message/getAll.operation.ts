import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { conversationLocator, SIMPLE_MESSAGE_FIELDS } from './locator';

const properties: INodeProperties[] = [
	conversationLocator,
	...returnAllOrLimit,
	simplifyField(SIMPLE_MESSAGE_FIELDS),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'conversationId', i, 'Conversation', 'conversation');
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
	const messages = await leonarApiRequestAllItems.call(this, ENDPOINTS.conversationMessageList, {
		pathParams: { id },
		limit,
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? messages.map((m) => pick(m, SIMPLE_MESSAGE_FIELDS)) : messages, i);
}
