/**
 * The node's request options (Max Rate Limit Wait, Timeout), read once per run when they hold
 * no expression.
 */

import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';

import { DEFAULT_MAX_RATE_LIMIT_WAIT, DEFAULT_TIMEOUT_SECONDS } from './constants';
import type { LeonarContext } from './types';

export interface RequestSettings {
	/** Seconds the node may wait for the hourly window to reset; 0 = fail at once. */
	maxRateLimitWait: number;
	timeoutSeconds: number;
}

/** Request settings of a run whose options hold no expression (so they are the same for every item). */
const runSettings = new WeakMap<object, RequestSettings>();

/** Reads the node's request options (Max Rate Limit Wait, Timeout) where the node has them. */
export function getRequestSettings(this: LeonarContext, itemIndex = 0): RequestSettings {
	const known = runSettings.get(this);
	if (known) return known;
	const settings = readRequestSettings.call(this, itemIndex);
	const raw = (this.getNode().parameters as IDataObject | undefined)?.options;
	const fixed =
		!raw ||
		typeof raw !== 'object' ||
		!Object.values(raw as IDataObject).some(
			(value) => typeof value === 'string' && value.startsWith('='),
		);
	if (fixed) runSettings.set(this, settings);
	return settings;
}

function readRequestSettings(this: LeonarContext, itemIndex: number): RequestSettings {
	// Only an execute context takes an item index; poll and load-options contexts take
	// (name, fallback) and would read the index as the fallback.
	const perItem = typeof (this as IExecuteFunctions).getInputData === 'function';
	const read = (name: string, fallback: number): number => {
		try {
			const value = perItem
				? (this as IExecuteFunctions).getNodeParameter(`options.${name}`, itemIndex, fallback)
				: (this as IPollFunctions).getNodeParameter(`options.${name}`, fallback);
			const number = Number(value);
			return Number.isFinite(number) && number >= 0 ? number : fallback;
		} catch {
			return fallback;
		}
	};
	return {
		maxRateLimitWait: read('maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT),
		timeoutSeconds: read('timeout', DEFAULT_TIMEOUT_SECONDS) || DEFAULT_TIMEOUT_SECONDS,
	};
}
