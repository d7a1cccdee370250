import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_RATE_LIMIT_WAIT, DEFAULT_TIMEOUT_SECONDS } from '../transport';
import { URL_ID_PATTERNS, UUID, urlRegexFor } from '../helpers/validation';

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export function simplifyField(fields: readonly string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: `Whether to return only the main fields (${fields.join(', ')}) instead of the whole record`,
	};
}

/** Options every operation has: how long to wait for the rate limit, and the timeout. */
export const requestOptions: INodeProperties[] = [
	{
		displayName: 'Max Rate Limit Wait (Seconds)',
		name: 'maxRateLimitWait',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: DEFAULT_MAX_RATE_LIMIT_WAIT,
		description:
			"How long the node may wait for Leonar's hourly request window to reset when the key's limit is reached. If the reset is further away, the node fails and says when the window resets (UTC). 0 = never wait.",
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_TIMEOUT_SECONDS,
		description: 'How long to wait for each answer from Leonar before giving up',
	},
];

/** An Options collection holding the given fields plus the request options. */
export function optionsCollection(fields: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...fields, ...requestOptions].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Sort option: field and direction, sent as `sort=field` or `sort=-field`. */
export function sortOption(fields: Array<{ name: string; value: string }>, defaultValue: string): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'options',
		default: defaultValue,
		description: 'Order of the results',
		options: fields.flatMap(({ name, value }) => [
			{ name: `${name} (Newest/Highest First)`, value: `-${value}` },
			{ name: `${name} (Oldest/Lowest First)`, value },
		]),
	};
}

interface LocatorOptions {
	name: string;
	displayName: string;
	kind: keyof typeof URL_ID_PATTERNS;
	searchListMethod: string;
	description?: string;
}

/**
 * A resource locator: pick from a searchable list, paste an id, or paste a Leonar app link
 * (the link mode only for record kinds whose app URL is known to carry the id).
 */
export function recordLocator(options: LocatorOptions): INodeProperties {
	const { name, displayName, kind, searchListMethod } = options;
	const hasUrl = URL_ID_PATTERNS[kind] !== undefined;
	const property: INodeProperties = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description ?? `The ${kind} to use`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${kind}...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70',
				validation: [
					{
						type: 'regex',
						properties: { regex: `^\\s*${UUID}\\s*$`, errorMessage: 'Not a Leonar id (UUID)' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://app.leonar.app/... (a link to the ${kind})`,
				validation: [
					{
						type: 'regex',
						properties: { regex: hasUrl ? urlRegexFor(kind) : '^$', errorMessage: `Not a Leonar link to a ${kind}` },
					},
				],
			},
		],
	};
	if (!hasUrl) property.modes = property.modes?.filter((mode) => mode.name !== 'url');
	return property;
}
