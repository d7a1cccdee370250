import { defineResource } from '../resource';
import { operation as getAll } from './getAll.operation';
import { operation as getConversation } from './getConversation.operation';
import { operation as getConversations } from './getConversations.operation';
import { operation as send } from './send.operation';

export const message = defineResource({
	value: 'message',
	label: 'Message',
	summary: 'Conversations and messages with contacts by email, LinkedIn or WhatsApp.',
	defaultOperation: 'send',
	operations: [getAll, getConversation, getConversations, send],
});
