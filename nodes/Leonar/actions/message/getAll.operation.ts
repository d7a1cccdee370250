import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { getRecordId } from '../../helpers/validation';
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
	return await returnList.call(this, ENDPOINTS.conversationMessageList, i, { pathParams: { id } }, SIMPLE_MESSAGE_FIELDS);
}
