import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../Leonar/descriptions/common';
import { projectLocator } from '../Leonar/descriptions/locators';
import { isUuid, locatorValue, parseRecordId } from '../Leonar/helpers/recordId';
import { searchProjects } from '../Leonar/methods/listSearch';
import { getTriggerStages } from '../Leonar/methods/loadOptions';
import type { EventDefinition, PollLimits, TriggerConfig, TriggerState } from './events';
import { EVENT_OPTIONS, EVENTS, configKey, eventDefinition } from './events';

/** Pages one feed may read in one poll (100 records each); the rest waits for the next poll. */
const MAX_PAGES_PER_FEED = 50;
/** Share of n8n's poll budget the trigger spends asking for pages. */
const BUDGET_SHARE = 0.5;
const DEFAULT_POLL_BUDGET_MS = 5 * 60 * 1000;

/**
 * The static data of the polls running now. n8n starts a scheduled poll whether or not the
 * previous one of the same node has finished, and a poll can outlast the interval (a rate-limit
 * wait, a slow answer, many pages): two polls reading from the same position would emit the
 * same records twice. A poll that finds another one running returns nothing and leaves the
 * state alone; the running poll, or the next one after it, takes those changes.
 */
const pollsInFlight = new WeakSet<object>();

const projectEvents = EVENTS.filter((event) => event.usesProject).map((event) => event.value);
const stageEvents = EVENTS.filter((event) => event.usesStage).map((event) => event.value);

export class LeonarTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Leonar Trigger',
		name: 'leonarTrigger',
		icon: { light: 'file:../../icons/leonar.svg', dark: 'file:../../icons/leonar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow when something happens in Leonar: new or changed contacts, replies, candidates added or moved in a pipeline, tasks, won or lost deals, new companies',
		defaults: { name: 'Leonar Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leonarApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				default: 'contactCreated',
				options: EVENT_OPTIONS,
			},
			{
				...projectLocator.property,
				required: false,
				description:
					'Only this project. Leave empty to watch every active project (one request per project each poll).',
				displayOptions: { show: { event: projectEvents } },
			},
			{
				displayName: 'Stage Name or ID',
				name: 'stageId',
				type: 'options',
				default: '',
				description:
					'Only moves into this stage of the chosen project. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				typeOptions: {
					loadOptionsMethod: 'getTriggerStages',
					loadOptionsDependsOn: ['projectId.value'],
				},
				displayOptions: { show: { event: stageEvents } },
			},
			optionsCollection(),
		],
	};

	methods = {
		listSearch: { searchProjects },
		loadOptions: { getTriggerStages },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { config, definition } = readConfig(this);
		const { handler } = definition;

		if (this.getMode() === 'manual') {
			// "Fetch Test Event": the latest matching record, so fields can be mapped. The
			// watched position is neither read nor moved.
			const record = await handler.sample(this, config);
			return record ? [this.helpers.returnJsonArray([record])] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		if (pollsInFlight.has(staticData)) {
			this.logger.debug(
				'Leonar Trigger: the previous poll of this node is still running; this one is skipped',
			);
			return null;
		}
		pollsInFlight.add(staticData);
		try {
			const saved = JSON.parse(JSON.stringify(staticData)) as Partial<TriggerState>;
			const limits = pollLimits(this);
			const key = configKey(config);

			if (saved.version !== 1 || saved.config !== key) {
				// First activation (or the event or its options changed): start from now.
				const start = await handler.start(this, config, limits);
				commit(staticData, { version: 1, config: key, ...start });
				return null;
			}

			const { items, state } = await handler.poll(this, config, saved as TriggerState, limits);
			// Only a poll that read everything it asked for gets here: state moves only now.
			commit(staticData, state);
			return items.length ? [this.helpers.returnJsonArray(items)] : null;
		} finally {
			pollsInFlight.delete(staticData);
		}
	}
}

function readConfig(ctx: IPollFunctions): { config: TriggerConfig; definition: EventDefinition } {
	const event = ctx.getNodeParameter('event') as string;
	const definition = eventDefinition(event);
	if (!definition) {
		throw new NodeOperationError(ctx.getNode(), `Unknown event "${event}"`, {
			description: `Choose one of: ${EVENTS.map((known) => known.name).join(', ')}.`,
		});
	}
	const config: TriggerConfig = { event: definition.value };
	if (definition.usesProject) config.projectId = readProjectId(ctx);
	if (definition.usesStage) {
		const stageId = String(ctx.getNodeParameter('stageId', '') ?? '').trim();
		if (stageId) {
			if (!config.projectId) {
				throw new NodeOperationError(ctx.getNode(), 'A stage was chosen without a project', {
					description:
						'Stages belong to one project: choose the project too, or set Stage to "Any Stage".',
				});
			}
			if (!isUuid(stageId)) {
				throw new NodeOperationError(
					ctx.getNode(),
					`"Stage" must be a Leonar stage id (a UUID), got "${stageId}"`,
					{
						description:
							'Pick the stage from the list (it shows the stages of the chosen project).',
					},
				);
			}
			config.stageId = stageId.toLowerCase();
		}
	}
	return { config, definition };
}

function readProjectId(ctx: IPollFunctions): string | undefined {
	const { value } = locatorValue(ctx.getNodeParameter('projectId', '', { extractValue: false }));
	const text = typeof value === 'string' ? value.trim() : '';
	if (!text) return undefined;
	const parsed = parseRecordId(text, 'project');
	if (parsed.ok) return parsed.id;
	throw new NodeOperationError(
		ctx.getNode(),
		`"Project" must be a Leonar project (id or link), got "${text}"`,
		{
			description:
				'Pick the project from the list, paste its id, or paste its Leonar link. Leave it empty to watch every active project.',
		},
	);
}

function pollLimits(ctx: IPollFunctions): PollLimits {
	const getBudget = (ctx as Partial<IPollFunctions>).getPollBudgetMs;
	const budget =
		typeof getBudget === 'function' ? Number(getBudget.call(ctx)) : DEFAULT_POLL_BUDGET_MS;
	const usable = Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_POLL_BUDGET_MS;
	return { maxPages: MAX_PAGES_PER_FEED, deadline: Date.now() + usable * BUDGET_SHARE };
}

/** JSON with sorted keys, to tell whether the state really changed. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject)
			.filter(([key, item]) => !key.startsWith('__') && item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** Replaces the node's static data with the new state (untouched when nothing changed, so n8n saves nothing). */
function commit(staticData: IDataObject, state: TriggerState): void {
	if (canonical(staticData) === canonical(state)) return;
	for (const key of Object.keys(staticData)) {
		if (!key.startsWith('__')) delete staticData[key];
	}
	Object.assign(staticData, JSON.parse(JSON.stringify(state)) as IDataObject);
}
