import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const conversations = () => [...t.sim.state.conversations.values()];
const messagesOf = (id: string) =>
	[...t.sim.state.messages.values()].filter((m) => m.conversation_id === id);
const contact = () =>
	[...t.sim.state.contacts.values()].find((c) => !c.archived_at && c.global_status === 'new')!;

describe('message', () => {
	it('send: an email with a subject; the conversation is created', async () => {
		const c = contact();
		const result = await t.run({
			resource: 'message',
			operation: 'send',
			contactId: locator(c.id),
			channel: 'email',
			additionalFields: { subject: 'Backend role' },
			content: 'Hello, are you open to a new role?',
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/messages')[0].body).toEqual({
			contact_id: c.id,
			channel: 'email',
			content: 'Hello, are you open to a new role?',
			subject: 'Backend role',
		});
		const [message] = jsonOf(result);
		expect(message).toMatchObject({
			channel: 'email',
			direction: 'outbound',
			subject: 'Backend role',
		});
		expect(t.sim.state.conversations.has(String(message.conversation_id))).toBe(true);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('send: LinkedIn sends no subject', async () => {
		const c = contact();
		const result = await t.run({
			resource: 'message',
			operation: 'send',
			contactId: locator(c.id),
			channel: 'linkedin',
			additionalFields: { subject: 'ignored' },
			content: 'Hi!',
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/messages')[0].body).toEqual({
			contact_id: c.id,
			channel: 'linkedin',
			content: 'Hi!',
		});
	});

	it('send: empty content fails before any request', async () => {
		const result = await t.run({
			resource: 'message',
			operation: 'send',
			contactId: locator(contact().id),
			channel: 'whatsapp',
			content: '  ',
		});
		expect(result.error?.message).toContain('"Content" is required');
		expect(t.calls()).toHaveLength(0);
	});

	it('send: 404 names the contact; a scope error names messages:write', async () => {
		const missing = '00000000-0000-4000-8000-000000000004';
		const notFound = await t.run({
			resource: 'message',
			operation: 'send',
			contactId: locator(missing),
			channel: 'email',
			content: 'Hi',
		});
		expect(notFound.error?.message).toBe(`Contact ${missing} was not found in Leonar`);

		const scope = await t.run(
			{
				resource: 'message',
				operation: 'send',
				contactId: locator(contact().id),
				channel: 'email',
				content: 'Hi',
			},
			{ key: 'messages:read' },
		);
		expect(scope.error?.message).toContain('messages:write');
	});

	it('getAll: messages of a conversation, paged with Limit', async () => {
		const conversation = conversations().find((c) => messagesOf(c.id).length === 3)!;
		const result = await t.run({
			resource: 'message',
			operation: 'getAll',
			conversationId: locator(conversation.id),
			limit: 2,
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/conversations/${conversation.id}/messages`)[0].query).toEqual({
			limit: '2',
			offset: '0',
		});
		expect(result.items).toHaveLength(2);
		expect(jsonOf(result)[0]).toMatchObject({ conversation_id: conversation.id });
	});

	it('getAll: Return All reads every message', async () => {
		const conversation = conversations()[0];
		const result = await t.run({
			resource: 'message',
			operation: 'getAll',
			conversationId: locator(conversation.id),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(messagesOf(conversation.id).length);
	});

	it('getAll: 404 names the conversation; a URL is refused (conversations have no app link)', async () => {
		const missing = '00000000-0000-4000-8000-000000000005';
		const notFound = await t.run({
			resource: 'message',
			operation: 'getAll',
			conversationId: locator(missing),
		});
		expect(notFound.error?.message).toBe(`Conversation ${missing} was not found in Leonar`);

		const url = await t.run({
			resource: 'message',
			operation: 'getAll',
			conversationId: locator(`={{ "https://app.leonar.app/inbox/${missing}" }}`),
		});
		expect(url.error?.message).toContain('the link does not point to a conversation');
		expect(t.calls()).toHaveLength(1);
	});

	it('getConversations: filters by contact and channel, sorts', async () => {
		const conversation = conversations()[0];
		const result = await t.run({
			resource: 'message',
			operation: 'getConversations',
			filters: { contactId: conversation.contact_id, channel: conversation.channel },
			options: { sort: '-last_message_at' },
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/conversations')[0].query).toEqual({
			contact_id: conversation.contact_id,
			channel: conversation.channel,
			sort: '-last_message_at',
			limit: '50',
			offset: '0',
		});
		expect(jsonOf(result).map((c) => c.id)).toEqual([conversation.id]);
		expect(jsonOf(result)[0].messages_count).toBe(messagesOf(conversation.id).length);
	});

	it('getConversation: one conversation', async () => {
		const conversation = conversations()[1];
		const result = await t.run({
			resource: 'message',
			operation: 'getConversation',
			conversationId: locator(conversation.id),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', `/conversations/${conversation.id}`)).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ id: conversation.id, channel: conversation.channel });
	});
});
