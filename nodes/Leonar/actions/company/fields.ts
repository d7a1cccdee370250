import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customFieldsUi, resolveCustomFields } from '../../helpers/customFields';
import { compact, snakeCase } from '../../helpers/utils';
import { parseJsonObject, requireText } from '../../helpers/validation';

const text = (
	displayName: string,
	name: string,
	description: string,
	placeholder?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	...(placeholder ? { placeholder } : {}),
});

/** Leonar's public docs show only a company's name and custom_data; the other fields are inferred. */
const INFERRED = " Not in Leonar's public docs; inferred.";

/** The company fields a user can set on create and update (camelCase of the API field). */
const COMPANY_FIELDS: INodeProperties[] = [
	text('Name', 'name', 'Company name (up to 255 characters)'),
	text('Domain', 'domain', `Web domain, e.g. acme.com.${INFERRED}`, 'acme.com'),
	text('Industry', 'industry', `Industry, e.g. Software.${INFERRED}`),
	text('Size', 'size', `Headcount range, e.g. 51-200.${INFERRED}`),
	text('Location', 'location', `Free text, e.g. Paris, France.${INFERRED}`),
	text('Website', 'website', `Website URL.${INFERRED}`, 'https://acme.com'),
	text(
		'LinkedIn URL',
		'linkedinUrl',
		`URL of the LinkedIn company page.${INFERRED}`,
		'https://www.linkedin.com/company/...',
	),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: `Free text about the company (up to 5000 characters).${INFERRED}`,
	},
	{
		displayName: 'Custom Data (JSON)',
		name: 'customData',
		type: 'json',
		default: '{}',
		description:
			'Custom fields as a JSON object keyed by the custom field key, e.g. {"tier": "strategic"}. On update, keys you send are set, keys set to null are removed, other keys are kept.',
	},
	customFieldsUi('company'),
];

const MAX_LENGTH: Record<string, number> = {
	name: 255,
	domain: 255,
	industry: 255,
	size: 50,
	location: 255,
	website: 500,
	linkedinUrl: 500,
	description: 5000,
};

/** Company fields for a collection, without the ones given (e.g. fields that are top-level parameters). */
export function companyFields(exclude: string[] = []): INodeProperties[] {
	return COMPANY_FIELDS.filter((field) => !exclude.includes(field.name));
}

/** Builds the API body from company fields, validating each one (custom fields by name included). */
export async function buildCompanyBody(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const body: IDataObject = {};
	const label = (name: string) =>
		COMPANY_FIELDS.find((field) => field.name === name)?.displayName ?? name;
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		switch (name) {
			case 'name':
				body.name = requireText.call(this, value, label(name), itemIndex, MAX_LENGTH.name);
				break;
			case 'customData': {
				const customData = parseJsonObject.call(this, value, label(name), itemIndex);
				if (Object.keys(customData).length) body.custom_data = customData;
				break;
			}
			case 'customFieldsUi':
				break;
			default:
				if (value !== '')
					body[snakeCase(name)] = requireText.call(
						this,
						value,
						label(name),
						itemIndex,
						MAX_LENGTH[name],
					);
		}
	}
	const byName = await resolveCustomFields.call(this, 'company', fields.customFieldsUi, itemIndex);
	if (Object.keys(byName).length)
		body.custom_data = { ...(body.custom_data as IDataObject), ...byName };
	return compact(body);
}

/** Fields a simplified company keeps. */
export const SIMPLE_COMPANY_FIELDS = [
	'id',
	'name',
	'domain',
	'industry',
	'size',
	'location',
	'website',
	'linkedin_url',
	'custom_data',
	'created_at',
	'updated_at',
] as const;
