/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports -- a test of a development tool (tools/start.js, CommonJS) */
/**
 * `npm start` checks only the ports it will use: with LEONAR_API_KEY (the real API) no
 * simulator is started, so a busy simulator port (4010) must not stop it. The stack is run up
 * to its first step after the port check (the build), which is replaced by a marker here.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

jest.mock('../../tools/lib/n8n', () => ({
	...jest.requireActual('../../tools/lib/n8n'),
	buildPackage: () => {
		throw new Error('reached the build');
	},
}));

const { stackOptions } = require('../../tools/start') as {
	stackOptions: (env: Record<string, string | undefined>) => Record<string, unknown>;
};
const { startStack } = require('../../tools/lib/stack') as {
	startStack: (options: Record<string, unknown>) => Promise<unknown>;
};

let busy: net.Server;
let busyPort: number;
const freePorts: number[] = [];

beforeAll(async () => {
	busy = net.createServer();
	await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
	busyPort = (busy.address() as AddressInfo).port;
	for (let i = 0; i < 2; i++) {
		const probe = net.createServer();
		await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
		freePorts.push((probe.address() as AddressInfo).port);
		await new Promise<void>((resolve) => probe.close(() => resolve()));
	}
});
afterAll(async () => {
	await new Promise<void>((resolve) => busy.close(() => resolve()));
});

const env = (extra: Record<string, string>) => ({
	SIM_PORT: String(busyPort),
	N8N_PORT: String(freePorts[0]),
	N8N_RUNNERS_BROKER_PORT: String(freePorts[1]),
	START_SKIP_BUILD: '',
	...extra,
});

describe('npm start: the ports it checks', () => {
	it('with LEONAR_API_KEY (real API, no simulator) a busy simulator port does not stop it', async () => {
		const options = stackOptions(
			env({ LEONAR_API_KEY: 'leo_real_key', LEONAR_BASE_URL: 'https://app.leonar.app/api/v1' }),
		);
		expect(options.realApi).toEqual({
			apiKey: 'leo_real_key',
			baseUrl: 'https://app.leonar.app/api/v1',
		});
		await expect(startStack({ ...options, log: () => {} })).rejects.toThrow('reached the build');
	});

	it('with the simulator, a busy simulator port still stops it, saying which', async () => {
		const options = stackOptions(env({}));
		expect(options.realApi).toBeUndefined();
		await expect(startStack({ ...options, log: () => {} })).rejects.toThrow(
			`Port ${busyPort} (the Leonar simulator) is already in use`,
		);
	});

	it('a busy n8n port stops it in either mode', async () => {
		const options = stackOptions(
			env({ LEONAR_API_KEY: 'leo_real_key', N8N_PORT: String(busyPort) }),
		);
		await expect(startStack({ ...options, log: () => {} })).rejects.toThrow(
			`Port ${busyPort} (n8n) is already in use`,
		);
	});
});
