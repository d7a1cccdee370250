import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Adds display conditions to every property of an operation. A local copy: a community
 * node runs against the host's n8n-workflow, and older hosts lack this helper.
 */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: mergeDisplayOptions(property.displayOptions, displayOptions),
	}));
}

function mergeDisplayOptions(
	own: IDisplayOptions | undefined,
	added: IDisplayOptions,
): IDisplayOptions {
	const result: IDisplayOptions = { ...own };
	for (const key of ['show', 'hide'] as const) {
		if (own?.[key] || added[key]) result[key] = { ...own?.[key], ...added[key] };
	}
	return result;
}

/** Output items for one input item, each paired with it. */
export function toItems(
	this: IExecuteFunctions,
	data: IDataObject | IDataObject[],
	itemIndex: number,
): INodeExecutionData[] {
	return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(data), {
		itemData: { item: itemIndex },
	});
}

/** Keeps only the listed fields of a record (in that order), skipping absent ones. */
export function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const result: IDataObject = {};
	for (const field of fields) {
		if (record[field] !== undefined) result[field] = record[field];
	}
	return result;
}

/** Converts a camelCase parameter name into the API's snake_case field name. */
export function snakeCase(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Drops undefined, empty-string and empty-array values (n8n leaves them for unused fields). */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		result[key] = value;
	}
	return result;
}

/** Drops empty nested objects too (a filter group with nothing set is not sent). */
export function compactDeep(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(compact(object))) {
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const inner = compactDeep(value as IDataObject);
			if (Object.keys(inner).length) result[key] = inner;
		} else {
			result[key] = value;
		}
	}
	return result;
}
