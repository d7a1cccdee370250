import { jsonOf, useSimulator } from '../support';

const t = useSimulator();

describe('workspace', () => {
	it('getMembers: lists the members with any valid key', async () => {
		const result = await t.run(
			{ resource: 'workspace', operation: 'getMembers', returnAll: true },
			{ key: 'tags:read' },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/workspace/members')[0].query).toEqual({ limit: '100', offset: '0' });
		expect(jsonOf(result).map((m) => m.user_id)).toEqual([...t.sim.state.members.keys()]);
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(
			true,
		);
	});

	it('getMembers: Limit', async () => {
		const result = await t.run({ resource: 'workspace', operation: 'getMembers', limit: 2 });
		expect(result.items).toHaveLength(2);
		expect(t.calls('GET', '/workspace/members')[0].query).toEqual({ limit: '2', offset: '0' });
	});

	it('getConnectedAccounts: all, or only those usable for LinkedIn search', async () => {
		const all = await t.run({
			resource: 'workspace',
			operation: 'getConnectedAccounts',
			returnAll: true,
		});
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(t.sim.state.connectedAccounts.size);

		const usable = await t.run({
			resource: 'workspace',
			operation: 'getConnectedAccounts',
			returnAll: true,
			filters: { searchableOnly: true },
		});
		expect(jsonOf(usable).map((a) => a.name)).toEqual(['Claire Dumont (Recruiter)']);
	});

	it('an invalid API key is named', async () => {
		const result = await t.run(
			{ resource: 'workspace', operation: 'getMembers' },
			{ apiKey: 'leo_wrong' },
		);
		expect(result.error?.message).toBe('Leonar rejected the API key');
	});
});
