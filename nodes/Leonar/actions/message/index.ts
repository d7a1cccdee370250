import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as getConversation from './getConversation.operation';
import * as getConversations from './getConversations.operation';
import * as send from './send.operation';

export { getAll, getConversation, getConversations, send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Get Conversation',
				value: 'getConversation',
				action: 'Get a conversation',
				description: 'Get one conversation (a contact on one channel) with its message count. Needs scope messages:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages of a conversation',
				description: 'List the messages of a conversation, newest first, inbound and outbound. Needs scope messages:read.',
			},
			{
				name: 'Get Many Conversations',
				value: 'getConversations',
				action: 'Get many conversations',
				description: 'List conversations, filtered by contact or channel. Needs scope messages:read.',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message to a contact',
				description: 'Send an email, LinkedIn or WhatsApp message to a contact; the conversation is created if needed. Needs scope messages:write.',
			},
		],
		default: 'send',
	},
	...getAll.description,
	...getConversation.description,
	...getConversations.description,
	...send.description,
];
