import type { IDataObject } from 'n8n-workflow';

import { locator, useSimulator } from '../support';

const t = useSimulator();

const contactId = () => String([...t.sim.state.contacts.values()].find((c) => !c.archived_at)?.id);
const getContact = (id = contactId()) => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator(id),
});
const createContact = { resource: 'contact', operation: 'create', firstName: 'Ada' };

/** Every text a user or a log could see of an error. */
function everything(error: unknown): string {
	const e = error as IDataObject;
	return [
		e.message,
		e.description,
		JSON.stringify(e),
		JSON.stringify(e.context),
		JSON.stringify(e.messages),
	].join('\n');
}

describe('the contract error table, as a user sees it', () => {
	it('401: says the key was rejected and where keys are made, without the key', async () => {
		const apiKey = ['leo', 'revoked', '0123456789abcdef'].join('_');
		const result = await t.run(getContact(), { apiKey });
		expect(result.error?.message).toBe('Leonar rejected the API key');
		expect(result.error?.description).toContain('Settings > API');
		expect(result.error?.httpCode).toBe('401');
		expect(everything(result.error)).not.toContain(apiKey);
		expect(everything(result.error)).not.toContain('0123456789abcdef');
		// Our transport asks n8n not to throw on HTTP statuses, so n8n's 401 re-send does not happen.
		expect(t.calls()).toHaveLength(1);
	});

	it('a key without the leo_ prefix is refused before any request', async () => {
		const result = await t.run(getContact(), { apiKey: 'sk_live_abc' });
		expect(result.error?.message).toBe(
			'The Leonar API key in the credential does not start with "leo_"',
		);
		expect(everything(result.error)).not.toContain('sk_live_abc');
		expect(t.calls()).toHaveLength(0);
	});

	it('403 insufficient_scope: names the scope verbatim and how to add it, with the bundles', async () => {
		const result = await t.run(createContact, { key: 'contacts:read' });
		expect(result.error?.message).toBe('The Leonar API key is missing the scope contacts:write');
		expect(result.error?.description).toContain(
			'Settings > API, create a key with the scope contacts:write or with a bundle that includes it',
		);
		expect(result.error?.description).toContain('full_access, crm, automation, sourcing');
		expect(result.error?.description).not.toContain('read_only');
		expect(result.error?.httpCode).toBe('403');
	});

	it('403 insufficient_scope for a delete scope lists the bundles that carry it', async () => {
		const result = await t.run(
			{ resource: 'contact', operation: 'archive', contactId: locator(contactId()) },
			{
				key: 'contacts:write',
			},
		);
		expect(result.error?.message).toBe('The Leonar API key is missing the scope contacts:delete');
		expect(result.error?.description).toContain(
			'with a bundle that includes it (full_access, crm, automation, sourcing)',
		);
	});

	it('403 billing_required: says the subscription is missing and where to fix it', async () => {
		const result = await t.run(getContact(), { key: 'billing_required' });
		expect(result.error?.message).toBe('The Leonar workspace has no active subscription');
		expect(result.error?.description).toContain('start or renew it in Leonar');
	});

	it('403 plan_upgrade_required: says the plan lacks the feature and where to upgrade', async () => {
		t.sim.faults.add({
			path: '/contacts/search',
			action: {
				status: 403,
				body: { error: { code: 'plan_upgrade_required', message: 'Upgrade your plan' } },
			},
		});
		const result = await t.run({
			resource: 'contact',
			operation: 'search',
			query: 'x',
			returnAll: true,
		});
		expect(result.error?.message).toBe(
			'The Leonar plan of this workspace does not include this feature',
		);
		expect(result.error?.description).toContain("upgrade the workspace's plan in Leonar");
	});

	it('402 insufficient_credits: says which credits ran out, available vs required', async () => {
		t.sim.faults.add({
			path: '/contacts',
			method: 'POST',
			action: {
				status: 402,
				body: {
					error: {
						code: 'insufficient_credits',
						message: 'Not enough credits',
						details: { credit_type: 'sourcing', available: 0, required: 25 },
					},
				},
			},
		});
		const result = await t.run(createContact);
		expect(result.error?.message).toBe('The Leonar workspace ran out of sourcing credits');
		expect(result.error?.description).toContain('Available: 0, required: 25.');
	});

	it('404: names the record kind and id', async () => {
		const id = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';
		const result = await t.run(getContact(id));
		expect(result.error?.message).toBe(`Contact ${id} was not found in Leonar`);
		expect(result.error?.httpCode).toBe('404');
	});

	it("400 validation_error: passes the API's field messages through", async () => {
		const result = await t.run({
			...createContact,
			additionalFields: { customData: { shoe_size: 42 } },
		});
		expect(result.error?.message).toBe(
			'Leonar rejected the request: custom_data.shoe_size: Unknown custom field',
		);
		expect(result.error?.httpCode).toBe('400');
	});

	it('429 beyond the wait bound: says the hourly limit was hit and when it resets, in UTC', async () => {
		const reset = Math.floor(Date.now() / 1000) + 1800;
		t.sim.faults.add({
			path: '/contacts',
			method: 'POST',
			action: {
				status: 429,
				headers: {
					'X-RateLimit-Limit': '1000',
					'X-RateLimit-Remaining': '0',
					'X-RateLimit-Reset': String(reset),
				},
				body: {
					error: {
						code: 'rate_limit_exceeded',
						message: 'Rate limit exceeded. Limit: 1000 requests per hour.',
					},
				},
			},
		});
		const result = await t.run(createContact);
		expect(result.error?.message).toBe("Leonar's hourly rate limit for this API key was hit");
		const iso = new Date(reset * 1000).toISOString().replace('.000Z', 'Z');
		expect(result.error?.description).toContain(`The window resets at ${iso} (UTC).`);
		expect(result.error?.description).toContain('(1000 requests per hour)');
		expect(t.calls('POST', '/contacts')).toHaveLength(1);
		expect(t.sim.state.contacts.size).toBe(60);
	});

	it('5xx: says Leonar had a server error and what to do', async () => {
		t.sim.faults.add({ path: '/contacts', method: 'POST', action: { status: 500 } });
		const result = await t.run(createContact);
		expect(result.error?.message).toBe('Leonar had a server error (HTTP 500)');
		expect(result.error?.description).toContain('Try again in a few minutes');
	});

	it('network: a refused connection says so and points at the Base URL', async () => {
		const result = await t.run(getContact(), { baseUrl: 'http://127.0.0.1:9/api/v1' });
		expect(result.error?.message).toBe('Could not connect to Leonar: the connection was refused');
		expect(result.error?.description).toContain('http://127.0.0.1:9/api/v1');
	});

	it('an http Base URL outside localhost is refused, so the key never travels in clear', async () => {
		const result = await t.run(getContact(), { baseUrl: 'http://leonar.example.com/api/v1' });
		expect(result.error?.message).toBe('The Base URL in the Leonar credential must use https');
		expect(t.calls()).toHaveLength(0);
	});
});

describe('Continue On Fail', () => {
	it('the failing item yields its error, paired with it, and the others go on', async () => {
		const good = contactId();
		const missing = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';
		const result = await t.run(
			{ resource: 'contact', operation: 'get', contactId: locator('={{ $json.id }}') },
			{
				input: [{ id: good }, { id: 'nope' }, { id: missing }, { id: good }],
				continueOnFail: true,
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(result.items[0].json.id).toBe(good);
		expect(result.items[1].json.error).toBe('"Contact" must be a Leonar id (a UUID), got nope');
		expect(result.items[2].json).toMatchObject({
			error: `Contact ${missing} was not found in Leonar`,
			httpCode: '404',
		});
		expect(result.items[3].json.id).toBe(good);
		// The invalid id never reached the API.
		expect(t.calls().map((c) => c.path)).toEqual([
			`/contacts/${good}`,
			`/contacts/${missing}`,
			`/contacts/${good}`,
		]);
	});

	it('without it, the run stops at the failing item and names it (one item at a time: Concurrency 1)', async () => {
		// With several items in flight, items already sent finish too; nothing new starts after
		// the failure (test/concurrency/router.test.ts).
		const result = await t.run(
			{
				resource: 'contact',
				operation: 'get',
				contactId: locator('={{ $json.id }}'),
				options: { concurrency: 1 },
			},
			{
				input: [
					{ id: contactId() },
					{ id: '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70' },
					{ id: contactId() },
				],
			},
		);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(t.calls()).toHaveLength(2);
	});
});

describe('404 names the record that is missing', () => {
	it('tagging a contact with an unknown tag names the tag, not the contact', async () => {
		const missing = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';
		const result = await t.run({
			resource: 'tag',
			operation: 'addToContact',
			contactId: locator(contactId()),
			tagId: locator(missing),
		});
		expect(result.error?.message).toBe(`Tag ${missing} was not found in Leonar`);
	});

	it('sending a message to an unknown contact names the contact', async () => {
		const missing = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f71';
		const result = await t.run({
			resource: 'message',
			operation: 'send',
			contactId: locator(missing),
			channel: 'linkedin',
			content: 'Hello',
		});
		expect(result.error?.message).toBe(`Contact ${missing} was not found in Leonar`);
	});
});
