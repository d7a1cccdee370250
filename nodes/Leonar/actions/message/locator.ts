import { recordLocator } from '../../descriptions/common';

export { contactLocator } from '../contact/locator';

export const conversationLocator = recordLocator({
	name: 'conversationId',
	displayName: 'Conversation',
	kind: 'conversation',
	searchListMethod: 'searchConversations',
	description: 'The conversation with a contact on one channel: pick it from the list (search by subject) or paste its ID',
});

/** Fields a simplified message keeps. */
export const SIMPLE_MESSAGE_FIELDS = [
	'id',
	'conversation_id',
	'direction',
	'channel',
	'subject',
	'content',
	'sent_at',
	'read_at',
] as const;

/** Fields a simplified conversation keeps. */
export const SIMPLE_CONVERSATION_FIELDS = [
	'id',
	'contact_id',
	'channel',
	'subject',
	'messages_count',
	'last_message_at',
	'contact',
] as const;
