import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplifyField,
	sortOption,
} from '../../descriptions/common';
import { compact } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { requireUuid } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_CONVERSATION_FIELDS } from './fields';
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
				displayName: 'Channel',
				name: 'channel',
				type: 'options',
				options: [
					{ name: 'Email', value: 'email' },
					{ name: 'LinkedIn', value: 'linkedin' },
					{ name: 'WhatsApp', value: 'whatsapp' },
				],
				default: 'email',
				description: 'Only conversations on this channel',
			},
			{
				displayName: 'Contact ID',
				name: 'contactId',
				type: 'string',
				default: '',
				description: 'Only conversations with this contact (its Leonar ID)',
			},
		],
	},
	simplifyField(SIMPLE_CONVERSATION_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Last Message At', value: 'last_message_at' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-last_message_at',
		),
	]),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		contact_id: filters.contactId
			? requireUuid.call(this, filters.contactId, 'Contact ID', i)
			: undefined,
		channel: filters.channel,
		sort,
	});
	return await returnList.call(
		this,
		ENDPOINTS.conversationList,
		i,
		{ qs },
		SIMPLE_CONVERSATION_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'getConversations',
	label: 'Get Many Conversations',
	action: 'Get many conversations',
	summary: 'List conversations, filtered by contact or channel.',
	endpoints: [ENDPOINTS.conversationList],
	concurrent: 'read',
	properties,
	execute,
});
