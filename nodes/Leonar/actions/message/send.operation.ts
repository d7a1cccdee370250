import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { contactLocator } from './locator';

const properties: INodeProperties[] = [
	{ ...contactLocator, description: 'The contact to write to' },
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
		description: 'How to send the message; Leonar reuses the conversation with the contact on that channel or starts one',
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

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['send'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const contactId = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const channel = this.getNodeParameter('channel', i) as string;
	const content = requireText.call(this, this.getNodeParameter('content', i, ''), 'Content', i, 20000);
	const subject = channel === 'email' ? (this.getNodeParameter('additionalFields.subject', i, '') as string) : '';
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
