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
