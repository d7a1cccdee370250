import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pick } from '../../helpers/utils';
import { toStringList } from '../../helpers/validation';

/** Fields a simplified sourcing profile keeps. */
export const SIMPLE_PROFILE_FIELDS = [
	'profile_id',
	'first_name',
	'last_name',
	'headline',
	'location',
	'linkedin_url',
	'current_job',
	'total_years_experience',
	'open_to_work',
	'already_in_project',
	'existing_contact_id',
] as const;

export function simplifyProfiles(profiles: IDataObject[], simplify: boolean): IDataObject[] {
	return simplify ? profiles.map((profile) => pick(profile, SIMPLE_PROFILE_FIELDS)) : profiles;
}

/** A text-list field: comma-separated, or an array from an expression. */
export function listField(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description: `${description}. Comma-separated (an expression may also give an array).`,
	};
}

export function numberField(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 80, numberPrecision: 0 },
		default: 0,
		description,
	};
}

export function booleanField(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'boolean', default: false, description };
}

export const LINKEDIN_API_TYPES = [
	{ name: 'Recruiter', value: 'recruiter' },
	{ name: 'Sales Navigator', value: 'sales_navigator' },
];

export const locationIdsField: INodeProperties = {
	displayName: 'LinkedIn Location IDs',
	name: 'locationIds',
	type: 'json',
	default: '{}',
	description:
		'LinkedIn geo IDs from the Get LinkedIn Locations operation: a JSON object of ID to label (e.g. {"105015875": "Paris, Ile-de-France, France"}), the list that operation returns, or comma-separated IDs',
};

/** Helpers that read one item's filter values, naming the field in every error. */
export function filterReader(ctx: IExecuteFunctions, filters: IDataObject, itemIndex: number) {
	return {
		list: (name: string, label: string) => toStringList.call(ctx, filters[name], label, itemIndex),
		flag: (name: string) => (filters[name] === true ? true : undefined),
		years: (name: string, label: string) => {
			const value = filters[name];
			if (value === undefined || value === '' || value === null) return undefined;
			const years = Number(value);
			if (!Number.isInteger(years) || years < 0 || years > 80) {
				throw new NodeOperationError(
					ctx.getNode(),
					`"${label}" must be a whole number of years from 0 to 80, got ${String(value)}`,
					{
						itemIndex,
					},
				);
			}
			return years;
		},
		/** LinkedIn location ids as the API wants them: an object of geo id → label. */
		locationIds: (name: string, label: string): IDataObject | undefined => {
			let value = filters[name];
			if (value === undefined || value === null || value === '' || value === '{}') return undefined;
			if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
				try {
					value = JSON.parse(value) as unknown as IDataObject;
				} catch (error) {
					throw new NodeOperationError(ctx.getNode(), `"${label}" is not valid JSON`, {
						itemIndex,
						description: (error as Error).message,
					});
				}
			}
			const result: IDataObject = {};
			const add = (id: unknown, title: unknown) => {
				const key = String(id ?? '').trim();
				if (!/^\d+$/.test(key)) {
					throw new NodeOperationError(
						ctx.getNode(),
						`"${label}" must hold LinkedIn geo IDs (digits), got ${JSON.stringify(id)}`,
						{
							itemIndex,
							description:
								'Find the IDs with the Sourcing > Get LinkedIn Locations operation, e.g. 105015875 for Paris.',
						},
					);
				}
				result[key] = typeof title === 'string' && title.trim() ? title.trim() : key;
			};
			if (Array.isArray(value)) {
				for (const entry of value) {
					if (entry && typeof entry === 'object')
						add((entry as IDataObject).id, (entry as IDataObject).title);
					else add(entry, undefined);
				}
			} else if (value && typeof value === 'object') {
				for (const [id, title] of Object.entries(value)) add(id, title);
			} else {
				for (const id of toStringList.call(ctx, value, label, itemIndex)) add(id, undefined);
			}
			return Object.keys(result).length ? result : undefined;
		},
	};
}
