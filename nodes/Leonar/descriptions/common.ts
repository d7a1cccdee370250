import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_RATE_LIMIT_WAIT, DEFAULT_TIMEOUT_SECONDS } from '../transport';

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
			"The most the node may wait, in total over one run (all items and requests together), for Leonar's hourly request window to reset when the key's limit is reached. A wait that would go beyond it is not started: the node fails and says when the window resets (UTC). 0 = never wait. Stopping the execution ends a wait at once.",
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_TIMEOUT_SECONDS,
		description:
			'The most one request to Leonar may take, its whole answer included, before the node gives up on it (a read is then tried again, up to 3 times in all)',
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
		options: [...fields, ...requestOptions].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

/** Sort option: field and direction, sent as `sort=field` or `sort=-field`. */
export function sortOption(
	fields: Array<{ name: string; value: string }>,
	defaultValue: string,
): INodeProperties {
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
