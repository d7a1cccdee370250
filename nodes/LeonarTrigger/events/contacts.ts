import type { IDataObject } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../../Leonar/transport';
import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import type { Feed } from '../cursor';
import { cursorAtLatest, drain, markerTime, newest } from '../cursor';
import type { EventHandler, TriggerConfig } from './types';
import { START, copyState, latestPerId } from './types';

/** An event that is exactly "the records of one feed that pass `keep`". */
export function feedEvent(options: {
	feed: (config: TriggerConfig) => Feed;
	keep?: (record: IDataObject) => boolean;
}): EventHandler {
	const keep = options.keep ?? (() => true);
	return {
		async start(ctx, config, limits) {
			return { cursor: await cursorAtLatest(ctx, options.feed(config), limits.maxPages) };
		},
		async poll(ctx, config, state, limits) {
			const result = await drain(ctx, options.feed(config), state.cursor ?? START, limits);
			return {
				items: latestPerId(result.records.filter(keep)),
				state: { ...copyState(state), cursor: result.cursor },
			};
		},
		async sample(ctx, config) {
			const records = await newest(ctx, options.feed(config));
			return records.find(keep) ?? null;
		},
	};
}

export const contactsBy = (marker: string, qs?: IDataObject): Feed => ({ endpoint: ENDPOINTS.contactList, marker, qs });

/** A record changed after it was created (creation alone is not an update). */
export const changedAfterCreation = (record: IDataObject) =>
	markerTime(record.updated_at) > markerTime(record.created_at);

// ------------------------------------------------------------------ contact replied

export const contactReplied: EventHandler = {
	async start(ctx, _config, limits) {
		const cursor = await cursorAtLatest(ctx, contactsBy('updated_at'), limits.maxPages);
		const replied = await leonarApiRequestAllItems.call(ctx, ENDPOINTS.contactList, {
			qs: { global_status: 'replied', sort: 'created_at' },
		});
		return { cursor, replied: replied.map((contact) => String(contact.id)) };
	},
	async poll(ctx, _config, state, limits) {
		const result = await drain(ctx, contactsBy('updated_at'), state.cursor ?? START, limits);
		const replied = new Set(state.replied ?? []);
		const items: IDataObject[] = [];
		for (const contact of result.records) {
			const id = String(contact.id);
			const isReplied = contact.global_status === 'replied';
			if (isReplied && !replied.has(id)) {
				replied.add(id);
				items.push(contact);
			} else if (!isReplied) {
				replied.delete(id);
			}
		}
		return { items, state: { ...copyState(state), cursor: result.cursor, replied: [...replied] } };
	},
	async sample(ctx) {
		const records = await newest(ctx, contactsBy('updated_at', { global_status: 'replied' }), 1);
		return records[0] ?? null;
	},
};
