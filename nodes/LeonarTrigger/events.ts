import type { IDataObject, INodePropertyOptions, IPollFunctions } from 'n8n-workflow';

import { leonarApiRequestAllItems } from '../Leonar/transport';
import { ENDPOINTS } from '../Leonar/transport/endpoints';
import type { Cursor, DrainOptions, Feed } from './cursor';
import { cursorAtLatest, drain, markerTime, newest } from './cursor';

/**
 * The trigger's events: for each, where its changes are read (scope, endpoint, marker field,
 * query), how an event is recognised among the changed records, what the state holds, and
 * what "Fetch Test Event" shows. The exactness itself lives in ./cursor.ts.
 */

export type EventName =
	| 'contactCreated'
	| 'contactUpdated'
	| 'contactReplied'
	| 'candidateAdded'
	| 'candidateMoved'
	| 'taskCreated'
	| 'taskDue'
	| 'dealClosed'
	| 'companyCreated';

export interface TriggerConfig {
	event: EventName;
	/** Only this project (entry events); undefined = every active project. */
	projectId?: string;
	/** Only moves into this stage (candidateMoved, with a project). */
	stageId?: string;
}

/** What one watched project remembers (entry events). */
export interface ProjectState {
	cursor: Cursor;
	/** The feed position when watching began; entries created after it are new ones. */
	since: string | null;
	/** candidateMoved: entry id → its stage id as last seen (only entries in the chosen stage, if one is chosen). */
	stages?: Record<string, string>;
}

/** Everything the trigger keeps, in the node's static data. */
export interface TriggerState {
	version: 1;
	/** Event and its options; when they change, watching starts over from "now". */
	config: string;
	/** Single-feed events. */
	cursor?: Cursor;
	/** contactReplied: ids of contacts last seen with global_status "replied". */
	replied?: string[];
	/** Entry events: per watched project. */
	projects?: Record<string, ProjectState>;
	/** Entry events, all projects: newest project creation time seen; newer projects are new. */
	projectsSince?: string | null;
}

export interface PollLimits extends DrainOptions {
	maxPages: number;
}

export interface PollOutcome {
	items: IDataObject[];
	state: TriggerState;
}

interface EventHandler {
	/** The state that makes "now" the starting point (emits nothing). */
	start(ctx: IPollFunctions, config: TriggerConfig, limits: PollLimits): Promise<Omit<TriggerState, 'version' | 'config'>>;
	/** Reads what changed since `state`; returns the events and the next state (state is not mutated). */
	poll(ctx: IPollFunctions, config: TriggerConfig, state: TriggerState, limits: PollLimits): Promise<PollOutcome>;
	/** The latest matching record, for "Fetch Test Event". */
	sample(ctx: IPollFunctions, config: TriggerConfig): Promise<IDataObject | null>;
}

export interface EventDefinition {
	value: EventName;
	name: string;
	description: string;
	/** Scopes the API key needs. */
	scopes: string[];
	/** The options of this event the node shows. */
	usesProject?: boolean;
	usesStage?: boolean;
	handler: EventHandler;
}

const START: Cursor = { at: null, ids: [] };

/** When a record shows up twice in one poll (it changed while the poll paged), keep its latest state. */
function latestPerId(records: IDataObject[]): IDataObject[] {
	const last = new Map<string, number>();
	records.forEach((record, index) => last.set(String(record.id), index));
	return records.filter((record, index) => last.get(String(record.id)) === index);
}

function copyState(state: TriggerState): TriggerState {
	return JSON.parse(JSON.stringify(state)) as TriggerState;
}

/** An event that is exactly "the records of one feed that pass `keep`". */
function feedEvent(options: {
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

const contactsBy = (marker: string, qs?: IDataObject): Feed => ({ endpoint: ENDPOINTS.contactList, marker, qs });

/** A record changed after it was created (creation alone is not an update). */
const changedAfterCreation = (record: IDataObject) =>
	markerTime(record.updated_at) > markerTime(record.created_at);

// ------------------------------------------------------------------ contact replied

const contactReplied: EventHandler = {
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

// ------------------------------------------------------------------ task due

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
const dueTasks: Feed = { endpoint: ENDPOINTS.taskList, marker: 'due_date', qs: { status: 'todo' } };
/** Tasks due after Leonar's current UTC day are not due yet: the feed stops there. */
const notDueYet = (task: IDataObject, serverNow: Date) => String(task.due_date) > utcDay(serverNow);

const taskDue: EventHandler = {
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

// ------------------------------------------------------------------ pipeline entries

const entriesBy = (projectId: string, marker: string, qs?: IDataObject): Feed => ({
	endpoint: ENDPOINTS.entryList,
	pathParams: { id: projectId },
	marker,
	qs,
});

const stageOf = (entry: IDataObject): string | undefined => {
	const stage = entry.stage as IDataObject | null | undefined;
	const id = stage?.id ?? entry.stage_id;
	return id === undefined || id === null ? undefined : String(id);
};

/** The projects an entry event watches, with their creation time. */
async function watchedProjects(ctx: IPollFunctions, config: TriggerConfig): Promise<IDataObject[]> {
	if (config.projectId) return [{ id: config.projectId }];
	return await leonarApiRequestAllItems.call(ctx, ENDPOINTS.projectList, {
		qs: { status: 'active', sort: 'created_at' },
	});
}

function newestCreation(projects: IDataObject[], before: string | null | undefined): string | null {
	let best = before ?? null;
	for (const project of projects) {
		const created = project.created_at;
		if (typeof created === 'string' && (best === null || markerTime(created) > markerTime(best))) best = created;
	}
	return best;
}

/**
 * Starts watching one project. `fresh` = the project did not exist when watching began, so
 * all of its entries are new; otherwise it starts from "now".
 */
async function startProject(
	ctx: IPollFunctions,
	config: TriggerConfig,
	projectId: string,
	fresh: boolean,
	limits: PollLimits,
): Promise<ProjectState> {
	const moved = config.event === 'candidateMoved';
	const marker = moved ? 'updated_at' : 'created_at';
	const cursor = fresh ? START : await cursorAtLatest(ctx, entriesBy(projectId, marker), limits.maxPages);
	if (!moved) return { cursor, since: cursor.at };
	const stages: Record<string, string> = {};
	if (!fresh) {
		const qs: IDataObject = { sort: 'created_at' };
		if (config.stageId) qs.stage_id = config.stageId;
		const entries = await leonarApiRequestAllItems.call(ctx, ENDPOINTS.entryList, {
			pathParams: { id: projectId },
			qs,
		});
		for (const entry of entries) {
			const stage = stageOf(entry);
			if (stage) stages[String(entry.id)] = stage;
		}
	}
	return { cursor, since: cursor.at, stages };
}

/** Moves among changed entries; updates `project.stages` in place (a copy). */
function detectMoves(config: TriggerConfig, project: ProjectState, entries: IDataObject[]): IDataObject[] {
	const stages = (project.stages ??= {});
	const target = config.stageId;
	const sinceTime = project.since === null ? -Infinity : markerTime(project.since);
	const moves: IDataObject[] = [];
	for (const entry of entries) {
		const id = String(entry.id);
		const stage = stageOf(entry);
		if (!stage) continue;
		const previous = stages[id] as string | undefined;
		const isNew = markerTime(entry.created_at) > sinceTime;
		let moved: boolean;
		if (previous !== undefined) moved = previous !== stage;
		else if (target && !isNew) moved = stage === target; // an older entry outside the chosen stage
		else if (isNew) {
			// Added since watching began. Only a stage-change time (where Leonar sends one) tells
			// whether it also moved before we first saw it.
			const changed = markerTime(entry.stage_changed_at);
			moved = Number.isFinite(changed) && changed > markerTime(entry.created_at);
		} else moved = false;
		if (target) {
			if (stage === target) stages[id] = stage;
			else delete stages[id];
		} else {
			stages[id] = stage;
		}
		if (moved && (!target || stage === target)) moves.push({ ...entry, previous_stage_id: previous ?? null });
	}
	return moves;
}

function entryEvent(): EventHandler {
	return {
		async start(ctx, config, limits) {
			const projects = await watchedProjects(ctx, config);
			const states: Record<string, ProjectState> = {};
			for (const project of projects) {
				states[String(project.id)] = await startProject(ctx, config, String(project.id), false, limits);
			}
			return config.projectId
				? { projects: states }
				: { projects: states, projectsSince: newestCreation(projects, null) };
		},
		async poll(ctx, config, state, limits) {
			const next = copyState(state);
			const previous = next.projects ?? {};
			const projects = await watchedProjects(ctx, config);
			const sinceTime = next.projectsSince ? markerTime(next.projectsSince) : -Infinity;
			const states: Record<string, ProjectState> = {};
			const items: IDataObject[] = [];
			const moved = config.event === 'candidateMoved';
			for (const project of projects) {
				const projectId = String(project.id);
				let watched = previous[projectId];
				if (!watched) {
					// A project created since the last poll: all its entries are new. One seen
					// before (re-activated, or the list was cut): start from now.
					const fresh = !config.projectId && markerTime(project.created_at) > sinceTime;
					watched = await startProject(ctx, config, projectId, fresh, limits);
					if (!fresh) {
						states[projectId] = watched;
						continue;
					}
				}
				const feed = entriesBy(projectId, moved ? 'updated_at' : 'created_at');
				const result = await drain(ctx, feed, watched.cursor, limits);
				watched.cursor = result.cursor;
				const found = moved ? detectMoves(config, watched, result.records) : result.records;
				items.push(...latestPerId(found));
				states[projectId] = watched;
			}
			next.projects = states;
			if (!config.projectId) next.projectsSince = newestCreation(projects, next.projectsSince);
			return { items, state: next };
		},
		async sample(ctx, config) {
			const moved = config.event === 'candidateMoved';
			const projects = config.projectId
				? [{ id: config.projectId }]
				: await leonarApiRequestAllItems.call(ctx, ENDPOINTS.projectList, {
						qs: { status: 'active', sort: '-updated_at' },
						limit: 5,
					});
			for (const project of projects) {
				const qs: IDataObject = {};
				if (moved && config.stageId) qs.stage_id = config.stageId;
				const records = await newest(ctx, entriesBy(String(project.id), moved ? 'updated_at' : 'created_at', qs), 1);
				if (records[0]) return moved ? { ...records[0], previous_stage_id: null } : records[0];
			}
			return null;
		},
	};
}

// ------------------------------------------------------------------ the table

export const EVENTS: EventDefinition[] = [
	{
		value: 'contactCreated',
		name: 'Contact Created',
		description: 'A contact is added to Leonar. Needs the scope contacts:read.',
		scopes: ['contacts:read'],
		handler: feedEvent({ feed: () => contactsBy('created_at') }),
	},
	{
		value: 'contactUpdated',
		name: 'Contact Updated',
		description:
			'A contact is changed after it was created (the latest state is emitted once per poll). Needs the scope contacts:read.',
		scopes: ['contacts:read'],
		handler: feedEvent({ feed: () => contactsBy('updated_at'), keep: changedAfterCreation }),
	},
	{
		value: 'contactReplied',
		name: 'Contact Replied',
		description: 'A contact\'s status becomes "replied". Needs the scope contacts:read.',
		scopes: ['contacts:read'],
		handler: contactReplied,
	},
	{
		value: 'candidateAdded',
		name: 'Candidate Added to Project',
		description:
			'A contact is added to a project pipeline (one project, or every active project). Needs the scope pipeline:read, and projects:read to watch every project.',
		scopes: ['pipeline:read', 'projects:read'],
		usesProject: true,
		handler: entryEvent(),
	},
	{
		value: 'candidateMoved',
		name: 'Candidate Moved to Stage',
		description:
			'A candidate moves to another pipeline stage (optionally only into one stage of one project). Needs the scope pipeline:read, and projects:read to watch every project.',
		scopes: ['pipeline:read', 'projects:read'],
		usesProject: true,
		usesStage: true,
		handler: entryEvent(),
	},
	{
		value: 'taskCreated',
		name: 'Task Created',
		description: 'A task is created. Needs the scope tasks:read.',
		scopes: ['tasks:read'],
		handler: feedEvent({ feed: () => ({ endpoint: ENDPOINTS.taskList, marker: 'created_at' }) }),
	},
	{
		value: 'taskDue',
		name: 'Task Due',
		description:
			'An open task reaches its due date (the UTC day begins), or is created or rescheduled to a due date that has begun. Needs the scope tasks:read.',
		scopes: ['tasks:read'],
		handler: taskDue,
	},
	{
		value: 'dealClosed',
		name: 'Deal Won or Lost',
		description: 'A deal is closed as won or lost (not disqualified). Needs the scope deals:read.',
		scopes: ['deals:read'],
		handler: feedEvent({
			feed: () => ({ endpoint: ENDPOINTS.dealList, marker: 'closed_at' }),
			keep: (deal) => deal.status === 'won' || deal.status === 'lost',
		}),
	},
	{
		value: 'companyCreated',
		name: 'Company Created',
		description: 'A company is added to Leonar. Needs the scope companies:read.',
		scopes: ['companies:read'],
		handler: feedEvent({ feed: () => ({ endpoint: ENDPOINTS.companyList, marker: 'created_at' }) }),
	},
];

export const EVENT_OPTIONS: INodePropertyOptions[] = EVENTS.map(({ name, value, description }) => ({
	name,
	value,
	description,
}));

export function eventDefinition(event: string): EventDefinition | undefined {
	return EVENTS.find((definition) => definition.value === event);
}

/** The fingerprint of what is watched; a change starts watching over. */
export function configKey(config: TriggerConfig): string {
	return [config.event, config.projectId ?? '*', config.stageId ?? '*'].join('|');
}
