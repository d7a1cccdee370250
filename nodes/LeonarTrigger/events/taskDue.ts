import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../../Leonar/transport';
import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import { keepNewest, setNewest, toMap, toRecord } from '../bounded';
import type { Feed } from '../cursor';
import { cursorAtLatest, drain, newest } from '../cursor';
import type { EventHandler, PollLimits, TriggerState } from './types';
import { START, copyState, latestPerId } from './types';

/**
 * Task Due: an open task fires once per due date, at the first poll on or after the UTC day
 * of that date (Leonar's clock). Two feeds find them:
 * - the due feed (open tasks by `due_date`, up to today) finds the tasks whose day arrives;
 * - the change feed (open tasks by `updated_at`) finds the tasks created, rescheduled or
 *   reopened onto a day that has begun, which the due feed has passed already.
 * Both go through `known` (task id → the due date it fired for, or was already due on when
 * watching began), so a task fires once per due date whichever feed sees it, and an edit of
 * an overdue task that keeps its date is not an event. `known` only changes when a task
 * fires (n8n saves the state of such polls), and keeps at most MAX_KNOWN_TASKS tasks.
 */

/** Tasks remembered with their due date; beyond that the least recently fired are forgotten. */
export const MAX_KNOWN_TASKS = 1000;

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
/** Due dates are days: no look-back window (a task added to a past day is found by its update). */
const dueTasks: Feed = {
	endpoint: ENDPOINTS.taskList,
	marker: 'due_date',
	qs: { status: 'todo' },
	lookBackMs: 0,
};
const changedTasks: Feed = {
	endpoint: ENDPOINTS.taskList,
	marker: 'updated_at',
	qs: { status: 'todo' },
};
/** Tasks due after Leonar's current UTC day are not due yet: the feed stops there. */
const notDueYet = (task: IDataObject, serverNow: Date) => String(task.due_date) > utcDay(serverNow);

/** The change feed from now, and the open tasks already due today (at most MAX_KNOWN_TASKS, the latest due). */
async function watchChanges(
	ctx: IPollFunctions,
	today: string,
	limits: PollLimits,
): Promise<Pick<TriggerState, 'changes' | 'known'>> {
	const changes = await cursorAtLatest(ctx, changedTasks, limits.maxPages);
	const due = await leonarApiRequestAllItems.call(ctx, ENDPOINTS.taskList, {
		qs: { status: 'todo', due_date: `lte.${today}`, sort: '-due_date' },
		limit: MAX_KNOWN_TASKS,
	});
	const known = new Map<string, string>();
	for (const task of due.reverse()) {
		// Where Leonar ignores `lte.` (undocumented), tasks due later come too: not due yet.
		if (String(task.due_date) <= today) setNewest(known, String(task.id), String(task.due_date));
	}
	return { changes, known: toRecord(known) };
}

export const taskDue: EventHandler = {
	async start(ctx, _config, limits) {
		// Ask Leonar what day it is (the answer's Date header), then take every open task due
		// up to and including today as already known: they were due before watching began.
		const probe = await drain(ctx, dueTasks, START, { maxPages: 1, stopAt: () => true });
		const today = utcDay(probe.serverNow);
		const { cursor } = await drain(
			ctx,
			dueTasks,
			{ at: today, ids: [] },
			{ ...limits, stopAt: notDueYet },
		);
		return { cursor, ...(await watchChanges(ctx, today, limits)) };
	},
	async poll(ctx, _config, state, limits) {
		const next = copyState(state);
		const known = toMap(next.known);
		const items: IDataObject[] = [];
		const take = (tasks: IDataObject[], serverNow: Date) => {
			const today = utcDay(serverNow);
			for (const task of latestPerId(tasks)) {
				const due = typeof task.due_date === 'string' ? task.due_date : '';
				if (task.status !== 'todo' || !due || due > today || known.get(String(task.id)) === due)
					continue;
				setNewest(known, String(task.id), due);
				items.push(task);
			}
		};
		if (state.changes) {
			const changed = await drain(ctx, changedTasks, state.changes, limits);
			next.changes = changed.cursor;
			take(changed.records, changed.serverNow);
		}
		const due = await drain(ctx, dueTasks, state.cursor ?? START, { ...limits, stopAt: notDueYet });
		next.cursor = due.cursor;
		take(due.records, due.serverNow);
		if (!state.changes) {
			// Saved by a version without the change feed: start it now.
			Object.assign(next, await watchChanges(ctx, utcDay(due.serverNow), limits));
			return { items, state: next };
		}
		keepNewest(known, MAX_KNOWN_TASKS);
		next.known = toRecord(known);
		// Oldest due date first, whichever feed found the task.
		items.sort((a, b) =>
			String(a.due_date) < String(b.due_date)
				? -1
				: String(a.due_date) > String(b.due_date)
					? 1
					: 0,
		);
		return { items, state: next };
	},
	async sample(ctx) {
		const today = utcDay(new Date());
		const records = await newest(ctx, {
			...dueTasks,
			qs: { ...dueTasks.qs, due_date: `lte.${today}` },
		});
		return records.find((task) => String(task.due_date) <= today) ?? null;
	},
};
