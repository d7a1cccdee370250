import type { IDataObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import type { Feed } from '../cursor';
import { drain, newest } from '../cursor';
import type { EventHandler } from './types';
import { START, copyState, latestPerId } from './types';

// ------------------------------------------------------------------ task due

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
/** Due dates are days: no look-back window. */
const dueTasks: Feed = { endpoint: ENDPOINTS.taskList, marker: 'due_date', qs: { status: 'todo' }, lookBackMs: 0 };
/** Tasks due after Leonar's current UTC day are not due yet: the feed stops there. */
const notDueYet = (task: IDataObject, serverNow: Date) => String(task.due_date) > utcDay(serverNow);

export const taskDue: EventHandler = {
	async start(ctx, _config, limits) {
		// Ask Leonar what day it is (the answer's Date header), then take every open task due
		// up to and including today as already known: they were due before watching began.
		const probe = await drain(ctx, dueTasks, START, { maxPages: 1, stopAt: () => true });
		const today = utcDay(probe.serverNow);
		const { cursor } = await drain(ctx, dueTasks, { at: today, ids: [] }, { ...limits, stopAt: notDueYet });
		return { cursor };
	},
	async poll(ctx, _config, state, limits) {
		const result = await drain(ctx, dueTasks, state.cursor ?? START, { ...limits, stopAt: notDueYet });
		return { items: latestPerId(result.records), state: { ...copyState(state), cursor: result.cursor } };
	},
	async sample(ctx) {
		const records = await newest(ctx, { ...dueTasks, qs: { ...dueTasks.qs, due_date: `lte.${utcDay(new Date())}` } }, 1);
		return records[0] ?? null;
	},
};
