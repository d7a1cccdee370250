/**
 * Drives the Leonar Trigger through n8n-core's own poll machinery:
 * - each poll builds a real `PollContext` (what n8n's ActiveWorkflowManager hands a polling
 *   node: parameters, credentials, `httpRequestWithAuthentication`, `getWorkflowStaticData`)
 *   and runs it through `TriggersAndPollers.runPollFunction`, as the poll executor does;
 * - the workflow's static data lives on the `Workflow` object between polls, exactly like an
 *   active workflow in n8n, and is "persisted" (a JSON copy, as n8n writes it to its database)
 *   only after a successful poll that changed it (`__dataChanged`), as n8n does;
 * - `restart()` builds a new `Workflow` from the persisted static data (n8n restarted);
 * - `fetchTestEvent()` runs the node in a manual `WorkflowExecute` (the editor's "Fetch Test Event").
 */
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { Workflow, createRunExecutionData } from 'n8n-workflow';
import {
	ExecutionLifecycleHooks,
	PollContext,
	TriggersAndPollers,
	WorkflowExecute,
} from 'n8n-core';

import { LeonarTrigger } from '../../nodes/LeonarTrigger/LeonarTrigger.node';
import { NodeTypes, createAdditionalData, registerNodeType } from './n8n';

export const TRIGGER_TYPE = 'n8n-nodes-leonar.leonarTrigger';
registerNodeType(TRIGGER_TYPE, new LeonarTrigger());

export interface PollerOptions {
	parameters: INodeParameters;
	credentials: { apiKey: string; baseUrl: string };
	/** Static data as n8n stored it (a restart); empty for a first activation. */
	staticData?: IDataObject;
	activation?: WorkflowActivateMode;
}

export interface PollResult {
	/** The items the poll emitted (null when it emitted nothing). */
	items: IDataObject[] | null;
	error?: Error & { description?: string; httpCode?: string };
}

let counter = 0;
/** n8n-core's poll runner (what the poll executor calls); it has no dependencies. */
const triggersAndPollers = new TriggersAndPollers();

export class Poller {
	readonly workflow: Workflow;

	readonly node: INode;

	/** What n8n would have in its database for this workflow's static data. */
	persisted: IDataObject;

	private readonly additionalData;

	private polls = 0;

	constructor(private readonly options: PollerOptions) {
		this.persisted = JSON.parse(JSON.stringify(options.staticData ?? {})) as IDataObject;
		this.node = {
			id: 'trigger-node',
			name: 'Leonar Trigger',
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters,
			credentials: { leonarApi: { id: '1', name: 'Leonar account' } },
		};
		this.workflow = new Workflow({
			id: `trigger-test-${++counter}`,
			nodes: [this.node],
			connections: {},
			nodeTypes: new NodeTypes(),
			active: true,
			settings: {},
			staticData: JSON.parse(JSON.stringify(this.persisted)) as IDataObject,
		});
		this.additionalData = createAdditionalData(
			{ leonarApi: options.credentials },
			new ExecutionLifecycleHooks('trigger', `poll-${counter}`, {} as never),
		);
	}

	/** One scheduled poll, as n8n runs it on an active workflow. */
	async poll(): Promise<PollResult> {
		const activation = this.polls++ === 0 ? (this.options.activation ?? 'activate') : 'activate';
		const context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData,
			'trigger',
			activation,
		);
		try {
			const response = await triggersAndPollers.runPollFunction(this.workflow, this.node, context);
			this.persistIfChanged();
			return { items: response ? response[0].map((item) => item.json) : null };
		} catch (error) {
			return { items: null, error: error as PollResult['error'] };
		}
	}

	/** Polls and throws if the poll failed; returns the emitted items ([] for none). */
	async pollOk(): Promise<IDataObject[]> {
		const { items, error } = await this.poll();
		if (error) throw error;
		return items ?? [];
	}

	/** The node's static data as the trigger sees it now. */
	nodeState(): IDataObject {
		return JSON.parse(
			JSON.stringify(this.workflow.staticData[`node:${this.node.name}`] ?? {}),
		) as IDataObject;
	}

	/** n8n restarted: a new Workflow built from the persisted static data. */
	restart(parameters?: INodeParameters): Poller {
		return new Poller({
			...this.options,
			parameters: parameters ?? this.options.parameters,
			staticData: this.persisted,
			activation: 'init',
		});
	}

	/** The editor's "Fetch Test Event": a manual execution of the trigger alone. */
	async fetchTestEvent(): Promise<{ items: INodeExecutionData[]; error?: Error; run: IRun }> {
		const hooks = new ExecutionLifecycleHooks('manual', `manual-${counter}`, {
			id: this.workflow.id,
			name: 'test',
			active: false,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes: [this.node],
			connections: {},
			activeVersionId: null,
		} as never);
		let resolveRun: (run: IRun) => void = () => {};
		const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
		hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
		const additionalData = createAdditionalData({ leonarApi: this.options.credentials }, hooks);
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: this.node, data: { main: [[{ json: {} }]] }, source: null }],
			},
		});
		await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			this.workflow,
		);
		const run = await finished;
		const taskData = run.data.resultData.runData[this.node.name]?.[0];
		return {
			items: (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[],
			error: (taskData?.error ?? run.data.resultData.error) as Error | undefined,
			run,
		};
	}

	/** What n8n does after a poll: save the static data when the poll changed it. */
	private persistIfChanged(): void {
		const data = this.workflow.staticData as IDataObject & { __dataChanged?: boolean };
		if (data.__dataChanged === true) {
			this.persisted = JSON.parse(JSON.stringify(data)) as IDataObject;
			delete this.persisted.__dataChanged;
			data.__dataChanged = false;
		}
	}
}
