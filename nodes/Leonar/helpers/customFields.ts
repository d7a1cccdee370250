import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../transport';
import { ENDPOINTS } from '../transport/endpoints';

/**
 * Custom fields set by name: a `customFieldsUi` list of {field, value} entries whose field
 * dropdown shows the workspace's definitions (labels), merged into the API's `custom_data`.
 */

export type CustomFieldEntity = 'contact' | 'company';

const DEFINITIONS = {
	contact: {
		endpoint: ENDPOINTS.contactCustomFields,
		loader: 'getContactCustomFields',
		plural: 'contacts',
	},
	company: {
		endpoint: ENDPOINTS.companyCustomFields,
		loader: 'getCompanyCustomFields',
		plural: 'companies',
	},
} as const;

/** The `customFieldsUi` parameter for a fields collection of the given record kind. */
export function customFieldsUi(entity: CustomFieldEntity): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFieldsUi',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: `Custom fields of the ${entity} set by name, checked against the workspace's definitions (a select field takes one of its options). Merged with Custom Data (JSON); these entries win. An entry with an empty value is skipped.`,
		options: [
			{
				displayName: 'Custom Field',
				name: 'customFieldValues',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod: DEFINITIONS[entity].loader },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'The value to store; for a select field one of its options (value or label)',
					},
				],
			},
		],
	};
}

/**
 * The definitions loaded in this execution, per record kind: one GET per execution, shared by
 * all its items, forgotten with the execution context. A failed load is not kept.
 */
const loaded = new WeakMap<object, Map<CustomFieldEntity, Promise<IDataObject[]>>>();

async function definitionsFor(
	this: IExecuteFunctions,
	entity: CustomFieldEntity,
	itemIndex: number,
): Promise<IDataObject[]> {
	const perExecution = loaded.get(this) ?? new Map<CustomFieldEntity, Promise<IDataObject[]>>();
	loaded.set(this, perExecution);
	let definitions = perExecution.get(entity);
	if (!definitions) {
		definitions = leonarApiRequestAllItems.call(this, DEFINITIONS[entity].endpoint, { itemIndex });
		perExecution.set(entity, definitions);
		definitions.catch(() => perExecution.delete(entity));
	}
	return await definitions;
}

const lower = (value: unknown) =>
	String(value ?? '')
		.trim()
		.toLowerCase();

/** Reads the `customFieldsUi` entries, checks them against the definitions and returns them keyed by field key. */
export async function resolveCustomFields(
	this: IExecuteFunctions,
	entity: CustomFieldEntity,
	ui: unknown,
	itemIndex: number,
): Promise<IDataObject> {
	const entries = ((ui as IDataObject | undefined)?.customFieldValues ?? []) as IDataObject[];
	const wanted = entries.filter((entry) => entry && String(entry.value ?? '').trim() !== '');
	if (!wanted.length) return {};
	const invalid = (message: string, description?: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex, description });
	for (const entry of wanted) {
		if (String(entry.field ?? '').trim() === '')
			throw invalid('"Custom Fields": an entry has a value but no field');
	}

	const definitions = await definitionsFor.call(this, entity, itemIndex);
	const result: IDataObject = {};
	for (const entry of wanted) {
		const field = String(entry.field).trim();
		const definition =
			definitions.find((d) => d.key === field) ??
			definitions.find(
				(d) => lower(d.label) === lower(field) || lower(d.key) === lower(field) || d.id === field,
			);
		if (!definition) {
			throw invalid(
				`"Custom Fields": the ${entity} custom field "${field}" does not exist`,
				`Fields of ${DEFINITIONS[entity].plural} in this workspace: ${definitions.map((d) => `${d.label} (${d.key})`).join(', ') || 'none'}.`,
			);
		}
		const key = String(definition.key);
		const label = `Custom Fields › ${String(definition.label ?? key)}`;
		const raw = String(entry.value).trim();
		switch (definition.type) {
			case 'select': {
				const options = (
					Array.isArray(definition.options) ? definition.options : []
				) as IDataObject[];
				const option =
					options.find((o) => String(o.value) === raw) ??
					options.find((o) => lower(o.value) === lower(raw) || lower(o.label) === lower(raw));
				if (!option) {
					throw invalid(
						`"${label}" must be one of its options, got "${raw}"`,
						`Allowed values: ${options.map((o) => (o.label && o.label !== o.value ? `${String(o.value)} (${String(o.label)})` : String(o.value))).join(', ')}.`,
					);
				}
				result[key] = option.value;
				break;
			}
			case 'number': {
				const number = Number(raw.replace(/[\s_]/g, ''));
				if (!Number.isFinite(number)) throw invalid(`"${label}" must be a number, got "${raw}"`);
				result[key] = number;
				break;
			}
			case 'boolean':
			case 'checkbox': {
				if (!['true', 'false'].includes(lower(raw)))
					throw invalid(`"${label}" must be true or false, got "${raw}"`);
				result[key] = lower(raw) === 'true';
				break;
			}
			default:
				result[key] = raw;
		}
	}
	return result;
}
