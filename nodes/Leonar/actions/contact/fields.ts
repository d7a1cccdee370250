import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customFieldsUi, resolveCustomFields } from '../../helpers/customFields';
import { compact, snakeCase } from '../../helpers/utils';
import { parseJsonObject, requireEmail, requireText, toStringList } from '../../helpers/validation';

/** The contact fields a user can set on create, upsert and update (camelCase of the API field). */
const CONTACT_FIELDS: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		description: 'Up to 100 characters',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		description: 'Up to 100 characters',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Main email address (stored as a work email)',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Main phone number',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Job title, e.g. Senior Backend Engineer',
	},
	{
		displayName: 'Current Company',
		name: 'currentCompany',
		type: 'string',
		default: '',
		description: 'Name of the company the contact works for now',
	},
	{
		displayName: 'Location',
		name: 'location',
		type: 'string',
		default: '',
		description: 'Free text, e.g. Paris, France',
	},
	{
		displayName: 'LinkedIn Profile',
		name: 'linkedinProfile',
		type: 'string',
		default: '',
		placeholder: 'https://www.linkedin.com/in/...',
		description: 'URL of the LinkedIn profile',
	},
	{
		displayName: 'Skills',
		name: 'skills',
		type: 'string',
		default: '',
		description:
			'Comma-separated list, e.g. TypeScript, PostgreSQL (an expression may also give an array)',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		description:
			'Comma-separated tag names (an expression may also give an array). Tags that do not exist yet are created.',
	},
	{
		displayName: 'Custom Data (JSON)',
		name: 'customData',
		type: 'json',
		default: '{}',
		description:
			'Custom fields as a JSON object keyed by the custom field key, e.g. {"seniority": "senior"}. On update, keys you send are set, keys set to null are removed, other keys are kept.',
	},
	customFieldsUi('contact'),
];

/** Contact fields for a collection, without the ones given (e.g. fields that are top-level parameters). */
export function contactFields(exclude: string[] = []): INodeProperties[] {
	return CONTACT_FIELDS.filter((field) => !exclude.includes(field.name));
}

/** The API's length limits of the contact text fields (characters). */
const TEXT_LIMITS: Record<string, number> = {
	phone: 50,
	title: 255,
	currentCompany: 255,
	location: 255,
	linkedinProfile: 500,
};

/**
 * Builds the API body from contact fields, validating each one. Custom fields set by name are
 * checked against the workspace's definitions (loaded once per execution, only when used).
 */
export async function buildContactBody(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const body: IDataObject = {};
	const label = (name: string) =>
		CONTACT_FIELDS.find((field) => field.name === name)?.displayName ?? name;
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		switch (name) {
			case 'firstName':
				body.first_name = requireText.call(this, value, label(name), itemIndex, 100);
				break;
			case 'lastName':
				if (value !== '')
					body.last_name = requireText.call(this, value, label(name), itemIndex, 100);
				break;
			case 'email':
				if (value !== '') body.email = requireEmail.call(this, value, label(name), itemIndex);
				break;
			case 'skills':
			case 'tags':
				body[name] = toStringList.call(this, value, label(name), itemIndex);
				break;
			case 'customData': {
				const customData = parseJsonObject.call(this, value, label(name), itemIndex);
				if (Object.keys(customData).length) body.custom_data = customData;
				break;
			}
			case 'customFieldsUi':
				break;
			default:
				// Text fields; a number or boolean from an expression is sent as text.
				if (value !== '') {
					body[snakeCase(name)] = requireText.call(
						this,
						value,
						label(name),
						itemIndex,
						TEXT_LIMITS[name],
					);
				}
		}
	}
	const byName = await resolveCustomFields.call(this, 'contact', fields.customFieldsUi, itemIndex);
	if (Object.keys(byName).length)
		body.custom_data = { ...(body.custom_data as IDataObject), ...byName };
	return compact(body);
}

/** Fields a simplified contact keeps. */
export const SIMPLE_CONTACT_FIELDS = [
	'id',
	'first_name',
	'last_name',
	'title',
	'current_company',
	'location',
	'emails',
	'linkedin_profile',
	'tags',
	'global_status',
	'created_at',
	'updated_at',
] as const;
