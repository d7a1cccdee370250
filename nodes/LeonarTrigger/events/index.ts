import type { INodePropertyOptions } from 'n8n-workflow';

import { ENDPOINTS } from '../../Leonar/transport/endpoints';
import { changedAfterCreation, contactReplied, contactsBy, feedEvent } from './contacts';
import { entryEvent } from './entries';
import { taskDue } from './taskDue';
import type { EventDefinition, TriggerConfig } from './types';

/**
 * The trigger's events: for each, where its changes are read (scope, endpoint, marker field,
 * query), how an event is recognised among the changed records, what the state holds, and
 * what "Fetch Test Event" shows. The exactness itself lives in ../cursor.ts.
 */

export type {
	EventDefinition,
	EventName,
	PollLimits,
	PollOutcome,
	ProjectState,
	TriggerConfig,
	TriggerState,
} from './types';

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
