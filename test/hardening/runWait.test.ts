/**
 * Waiting for the rate limit is bounded per node run, not per request: "Max Rate Limit Wait"
 * is the most the node waits in total, over every item and request of one run. And a run
 * that is cancelled (n8n's Stop, a workflow timeout) stops waiting at once instead of sleeping
 * on and sending more requests.
 */
import type { IExecuteFunctions, INode, INodeExecutionData, INodeType, IRun } from 'n8n-workflow';
import { Workflow, createRunExecutionData, sleep } from 'n8n-workflow';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { Leonar } from '../../nodes/Leonar/Leonar.node';
import { NodeTypes, createAdditionalData, registerNodeType } from '../harness/n8n';
import { locator, useSimulator } from '../support';

const t = useSimulator();

const contactIds = (n: number) =>
	[...t.sim.state.contacts.values()]
		.filter((c) => !c.archived_at)
		.slice(0, n)
		.map((c) => String(c.id));

/** Every GET of a contact answers 429, its window "resetting in 1 s" each time. */
function alwaysRateLimited(reset: string) {
	t.sim.faults.add({
		method: 'GET',
		path: /^\/contacts\//,
		times: Infinity,
		action: {
			status: 429,
			headers: {
				'X-RateLimit-Limit': '1000',
				'X-RateLimit-Remaining': '0',
				'X-RateLimit-Reset': reset,
			},
		},
	});
}

describe('Max Rate Limit Wait bounds the whole run', () => {
	it('a 429 that keeps saying "1 s", 3 items with Continue On Fail, 3 s: 3 calls in all, not 12', async () => {
		alwaysRateLimited('1');
		const ids = contactIds(3);
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'get',
				contactId: locator('={{ $json.id }}'),
				options: { maxRateLimitWait: 3 },
			},
			{ input: ids.map((id) => ({ id })), continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		// Item 0 waits 1.25 s twice (2.5 s of the 3 s); its third 429 would need another 1.25 s.
		// Items 1 and 2 would have to wait for the same window: no call is spent on them.
		expect(t.calls('GET').map((call) => call.status)).toEqual([429, 429, 429]);
		expect(result.items.map((item) => item.json.error)).toEqual([
			"Leonar's hourly rate limit for this API key was hit",
			"Leonar's hourly rate limit for this API key is used up",
			"Leonar's hourly rate limit for this API key is used up",
		]);
		for (const item of result.items) {
			expect(item.json.description).toMatch(
				/already waited 2\.5 s for the rate limit in this run.*"Max Rate Limit Wait" \(3 s\)/,
			);
		}
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
	});
});

describe('a cancelled run stops waiting', () => {
	const WATCHED = 'test.leonarWatched';
	let settled: Promise<unknown> | undefined;

	beforeAll(() => {
		const leonar = new Leonar();
		const watched: INodeType = {
			description: leonar.description,
			methods: leonar.methods,
			async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
				const running = leonar.execute.call(this);
				settled = running.then(
					() => 'returned',
					() => 'threw',
				);
				return await running;
			},
		};
		registerNodeType(WATCHED, watched);
	});

	it('cancelled while waiting 50 s for a reset: the node ends at once, no further call', async () => {
		alwaysRateLimited('50');
		const node: INode = {
			id: 'leonar-node',
			name: 'Leonar',
			type: WATCHED,
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				resource: 'contact',
				operation: 'get',
				contactId: locator(contactIds(1)[0]),
				options: { maxRateLimitWait: 60 },
			},
			credentials: { leonarApi: { id: '1', name: 'Leonar account' } },
		};
		const workflow = new Workflow({
			id: 'cancel-test',
			nodes: [node],
			connections: {},
			nodeTypes: new NodeTypes(),
			active: false,
			settings: {},
		});
		const hooks = new ExecutionLifecycleHooks('manual', 'cancel-exec', {
			id: workflow.id,
			name: 'cancel',
			active: false,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes: [node],
			connections: {},
			activeVersionId: null,
		} as never);
		const additionalData = createAdditionalData(
			{ leonarApi: { apiKey: t.sim.keys.full_access, baseUrl: t.sim.url } },
			hooks,
		);
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node, data: { main: [[{ json: {} }]] }, source: null }],
			},
		});
		settled = undefined;
		const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData);
		const running = execution.processRunExecutionData(workflow);
		const finished = new Promise<IRun>((resolve) =>
			hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
		);

		while (t.calls('GET').length === 0) await sleep(20);
		running.cancel();
		expect((await finished).status).toBe('canceled');

		// Without the cancel signal the node would sleep on for 50 s (the test would time out).
		expect(await settled).toBe('threw');
		expect(t.calls('GET')).toHaveLength(1);
	});
});
