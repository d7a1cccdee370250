import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { requireEmail } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildContactBody, contactFields } from './fields';
import { findByEmail, findByLinkedin } from './upsertLookup';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description:
			"Looked up first: a contact with this email is updated. Give the email, the LinkedIn profile, or both. Leonar's docs do not say its search finds emails: the node checks that once per run and stops rather than create a duplicate.",
	},
	{
		displayName: 'LinkedIn Profile',
		name: 'linkedinProfile',
		type: 'string',
		placeholder: 'https://www.linkedin.com/in/...',
		default: '',
		description:
			'Looked up when no contact has the email: a contact with this LinkedIn profile is updated',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		description:
			'Needed when no contact matches and a new one is created; also updates a matched contact',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFields(['firstName', 'email', 'linkedinProfile']),
	},
	optionsCollection(),
];

/** linkedin.com/in/jane-doe for any spelling of the same profile URL. */
export function normalizeLinkedinUrl(url: unknown): string {
	if (typeof url !== 'string') return '';
	return url
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^([a-z]{2,3}|www|m)\./, '')
		.replace(/[?#].*$/, '')
		.replace(/\/+$/, '');
}

type Match = { contact: IDataObject; on: 'email' | 'linkedin_profile' } | undefined;

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const rawEmail = (this.getNodeParameter('email', i, '') as string).trim();
	const rawLinkedin = (this.getNodeParameter('linkedinProfile', i, '') as string).trim();
	const email = rawEmail ? requireEmail.call(this, rawEmail, 'Email', i).toLowerCase() : '';
	const linkedin = normalizeLinkedinUrl(rawLinkedin);
	if (!email && !linkedin) {
		throw new NodeOperationError(
			this.getNode(),
			'Give "Email" or "LinkedIn Profile" to match the contact on',
			{
				itemIndex: i,
				description:
					'Create or Update looks the contact up by email first, then by LinkedIn profile URL.',
			},
		);
	}
	const firstName = this.getNodeParameter('firstName', i, '') as string;
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body = await buildContactBody.call(
		this,
		{
			...additionalFields,
			firstName: firstName || undefined,
			email: rawEmail,
			linkedinProfile: rawLinkedin,
		},
		i,
	);

	let match: Match;
	if (email) {
		const contact = await findByEmail.call(this, email, i);
		if (contact) match = { contact, on: 'email' };
	}
	if (!match && linkedin) {
		const handle = linkedin.split('/').pop() ?? linkedin;
		const contact = await findByLinkedin.call(
			this,
			handle,
			(c) => normalizeLinkedinUrl(c.linkedin_profile) === linkedin,
			i,
		);
		if (contact) match = { contact, on: 'linkedin_profile' };
	}

	if (match) {
		const id = String(match.contact.id);
		const changes = { ...body };
		delete changes[match.on === 'email' ? 'email' : 'linkedin_profile'];
		const contact = Object.keys(changes).length
			? await leonarApiRequest.call(this, ENDPOINTS.contactUpdate, {
					pathParams: { id },
					body: changes,
					itemIndex: i,
				})
			: match.contact;
		return toItems.call(
			this,
			{ ...contact, _upsert: { action: 'updated', matched_on: match.on } },
			i,
		);
	}

	if (!body.first_name) {
		throw new NodeOperationError(
			this.getNode(),
			'"First Name" is required: no contact matched, so a new one is created',
			{
				itemIndex: i,
				description: `No contact has ${[email && `the email ${email}`, linkedin && `the LinkedIn profile ${rawLinkedin}`].filter(Boolean).join(' or ')}. Leonar needs a first name to create one.`,
			},
		);
	}
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactCreate, {
		body,
		itemIndex: i,
	});
	return toItems.call(this, { ...contact, _upsert: { action: 'created', matched_on: null } }, i);
}

export const operation = defineOperation({
	value: 'upsert',
	label: 'Create or Update',
	action: 'Create or update a contact',
	summary:
		'Create a new contact, or update the current one if it already exists (upsert); matched on email, then LinkedIn profile.',
	endpoints: [
		ENDPOINTS.contactSearch,
		ENDPOINTS.contactList,
		ENDPOINTS.contactGet,
		ENDPOINTS.contactUpdate,
		ENDPOINTS.contactCreate,
	],
	sometimes: { 'when custom fields are set by name': [ENDPOINTS.contactCustomFields] },
	properties,
	execute,
});
