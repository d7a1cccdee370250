import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { readRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{ ...contactLocator.property, description: 'The contact to write to' },
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		required: true,
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'LinkedIn', value: 'linkedin' },
			{ name: 'WhatsApp', value: 'whatsapp' },
		],
		default: 'email',
		description:
			'How to send the message; Leonar reuses the conversation with the contact on that channel or starts one',
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 6 },
		required: true,
		default: '',
		description: 'Text of the message (up to 20,000 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Subject',
				name: 'subject',
				type: 'string',
				default: '',
				description: 'Subject line of an email (up to 500 characters); not used on other channels',
				displayOptions: { show: { '/channel': ['email'] } },
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const contactId = readRecordId(this, contactLocator, i);
	const channel = this.getNodeParameter('channel', i) as string;
	const content = requireText.call(
		this,
		this.getNodeParameter('content', i, ''),
		'Content',
		i,
		20000,
	);
	const subject =
		channel === 'email' ? (this.getNodeParameter('additionalFields.subject', i, '') as string) : '';
	const body = compact({
		contact_id: contactId,
		channel,
		content,
		subject: subject ? requireText.call(this, subject, 'Subject', i, 500) : undefined,
	});
	const message = await leonarApiRequest.call(this, ENDPOINTS.messageSend, {
		body,
		recordId: contactId,
		itemIndex: i,
	});
	return toItems.call(this, message, i);
}

export const operation = defineOperation({
	value: 'send',
	label: 'Send',
	action: 'Send a message to a contact',
	summary:
		'Send an email, LinkedIn or WhatsApp message to a contact; the conversation is created if needed.',
	endpoints: [ENDPOINTS.messageSend],
	concurrent: 'create',
	properties,
	execute,
});
