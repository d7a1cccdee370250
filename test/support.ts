/**
 * Shared test plumbing: one Leonar simulator per test file (reset before every test) and a
 * `run` helper that executes the Leonar node in n8n's engine against it.
 */
import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { KeyName, LogEntry, Simulator, SimulatorOptions } from './simulator';
import { startSimulator } from './simulator';
import type { RunOptions, RunResult } from './harness/n8n';
import { runLeonar } from './harness/n8n';

export interface TestSimulator {
	readonly sim: Simulator;
	/** Runs the Leonar node with these parameters against the simulator. */
	run(parameters: INodeParameters, options?: RunExtras): Promise<RunResult>;
	/** API calls the simulator received, optionally only those for a method and path. */
	calls(method?: string, path?: string | RegExp): LogEntry[];
}

export interface RunExtras extends Partial<Omit<RunOptions, 'parameters' | 'credentials'>> {
	/** Which demo key to use (default full_access). */
	key?: KeyName;
	/** A raw API key instead of a demo key. */
	apiKey?: string;
	baseUrl?: string;
}

export function useSimulator(options: SimulatorOptions = {}): TestSimulator {
	let sim: Simulator | undefined;
	beforeAll(async () => {
		sim = await startSimulator({ port: 0, ...options });
	});
	afterAll(async () => {
		await sim?.close();
	});
	beforeEach(() => {
		sim?.reset();
	});
	const api: TestSimulator = {
		get sim() {
			if (!sim) throw new Error('The simulator is not started');
			return sim;
		},
		async run(parameters, extras = {}) {
			const { key = 'full_access', apiKey, baseUrl, ...rest } = extras;
			return await runLeonar({
				parameters,
				credentials: { apiKey: apiKey ?? api.sim.keys[key], baseUrl: baseUrl ?? api.sim.url },
				...rest,
			});
		},
		calls(method, path) {
			return api.sim.log.filter(
				(entry) =>
					(!method || entry.method === method) &&
					(!path || (typeof path === 'string' ? entry.path === path : path.test(entry.path))),
			);
		},
	};
	return api;
}

/** A resource-locator value as n8n stores it. */
export function locator(
	value: string,
	mode: 'id' | 'url' | 'list' = 'id',
): INodeParameterResourceLocator {
	return { __rl: true, mode, value };
}

/**
 * Counts the requests to `target` the simulator serves at once: a fault rule holds each one
 * 15 ms, so that requests sent concurrently overlap. `max()` is the most seen at once.
 */
export function watchInFlight(
	sim: Simulator,
	target: { method: string; path: string | RegExp },
): { max: () => number } {
	let now = 0;
	let max = 0;
	sim.faults.add({
		...target,
		times: Infinity,
		action: {
			mutate: async () => {
				now++;
				max = Math.max(max, now);
				await sleep(15);
				now--;
			},
		},
	});
	return { max: () => max };
}

/** The JSON of each output item. */
export function jsonOf(result: RunResult): IDataObject[] {
	return result.items.map((item) => item.json);
}
