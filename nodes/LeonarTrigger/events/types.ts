import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { Cursor, DrainOptions } from '../cursor';

/**
 * What every event shares: its configuration, the state it keeps in the node's static data,
 * and the handler contract (start, poll, sample). The events themselves are in the sibling
 * modules; the table of events is in ./index.ts.
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
	/** candidateMoved: when `stages` was last reconciled with the project's entries (Leonar's clock). */
	prunedAt?: string;
}

/** Everything the trigger keeps, in the node's static data. */
export interface TriggerState {
	version: 1;
	/** Event and its options; when they change, watching starts over from "now". */
	config: string;
	/** Single-feed events (taskDue: the due feed). */
	cursor?: Cursor;
	/** taskDue: the change feed (open tasks by updated_at). */
	changes?: Cursor;
	/** taskDue: task id → the due date it fired for (or was already due on when watching began). */
	known?: Record<string, string>;
	/** contactReplied: ids of contacts last seen with global_status "replied" (earliest first). */
	replied?: string[];
	/** contactReplied: when the state was last reconciled with Leonar's list (Leonar's clock). */
	prunedAt?: string;
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

export interface EventHandler {
	/** The state that makes "now" the starting point (emits nothing). */
	start(
		ctx: IPollFunctions,
		config: TriggerConfig,
		limits: PollLimits,
	): Promise<Omit<TriggerState, 'version' | 'config'>>;
	/** Reads what changed since `state`; returns the events and the next state (state is not mutated). */
	poll(
		ctx: IPollFunctions,
		config: TriggerConfig,
		state: TriggerState,
		limits: PollLimits,
	): Promise<PollOutcome>;
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

export const START: Cursor = { at: null, ids: [] };

/** When a record shows up twice in one poll (it changed while the poll paged), keep its latest state. */
export function latestPerId(records: IDataObject[]): IDataObject[] {
	const last = new Map<string, number>();
	records.forEach((record, index) => last.set(String(record.id), index));
	return records.filter((record, index) => last.get(String(record.id)) === index);
}

export function copyState(state: TriggerState): TriggerState {
	return JSON.parse(JSON.stringify(state)) as TriggerState;
}
