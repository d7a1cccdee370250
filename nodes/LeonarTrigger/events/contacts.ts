import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../../Leonar/transport';
import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import { forgetAbsent, keepNewest, reconcileDue } from '../bounded';
import type { Feed } from '../cursor';
import { cursorAtLatest, drain, latestPosition, markerTime, newest } from '../cursor';
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

export const contactsBy = (marker: string, qs?: IDataObject): Feed => ({
	endpoint: ENDPOINTS.contactList,
	marker,
	qs,
});

/** A record changed after it was created (creation alone is not an update). */
export const changedAfterCreation = (record: IDataObject) =>
	markerTime(record.updated_at) > markerTime(record.created_at);

// ------------------------------------------------------------------ contact replied

/**
 * Ids of replied contacts remembered; beyond that the earliest replied are forgotten (one of
 * them, edited while still replied, is reported again).
 */
export const MAX_REPLIED = 2000;

/** The contacts replied now, newest first: at most `limit`. */
async function repliedNow(ctx: IPollFunctions, limit: number): Promise<IDataObject[]> {
	return await leonarApiRequestAllItems.call(ctx, ENDPOINTS.contactList, {
		qs: { global_status: 'replied', sort: '-created_at' },
		limit,
	});
}

export const contactReplied: EventHandler = {
	async start(ctx, _config, limits) {
		const { cursor, serverNow } = await latestPosition(
			ctx,
			contactsBy('updated_at'),
			limits.maxPages,
		);
		const replied = await repliedNow(ctx, MAX_REPLIED);
		return {
			cursor,
			replied: replied.reverse().map((contact) => String(contact.id)),
			prunedAt: serverNow.toISOString(),
		};
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
		let prunedAt = state.prunedAt ?? result.serverNow.toISOString();
		if (reconcileDue(state.prunedAt, result.serverNow)) {
			// Archived contacts never show in the feed again: forget those no longer replied.
			forgetAbsent(replied, await repliedNow(ctx, MAX_REPLIED + 1), MAX_REPLIED);
			prunedAt = result.serverNow.toISOString();
		}
		keepNewest(replied, MAX_REPLIED);
		return {
			items,
			state: { ...copyState(state), cursor: result.cursor, replied: [...replied], prunedAt },
		};
	},
	async sample(ctx) {
		const records = await newest(ctx, contactsBy('updated_at', { global_status: 'replied' }), 1);
		return records[0] ?? null;
	},
};
