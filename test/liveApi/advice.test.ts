/**
 * The advice in errors says only what Leonar's docs support: scopes are chosen when a key is
 * created in Settings > API (nothing says a key's scopes can be edited), so a missing scope is
 * fixed by creating a key that has it and pasting that key into the credential; editing is
 * mentioned only as "if your workspace allows it". Nothing claims a revoke feature or a
 * Settings > Billing page the docs do not show.
 */
import { LeonarApi } from '../../credentials/LeonarApi.credentials';
import type { SimulatorProfile } from '../simulator';
import { useSimulator } from '../support';

const t = useSimulator();

const createContact = { resource: 'contact', operation: 'create', firstName: 'Ada' };

describe.each<SimulatorProfile>(['default', 'documented'])('403 advice (%s profile)', (profile) => {
	beforeEach(() => t.sim.setProfile(profile));

	it('a missing scope: create a key with it (or a bundle that has it) and paste it', async () => {
		const result = await t.run(createContact, { key: 'contacts:read' });
		expect(result.error?.message).toBe('The Leonar API key is missing the scope contacts:write');
		const description = String(result.error?.description);
		expect(description).toContain(
			'In Leonar, go to Settings > API, create a key with the scope contacts:write or with a bundle that includes it (full_access, crm, automation, sourcing), and paste the new key into the "Leonar API" credential.',
		);
		expect(description).toContain(
			"If your workspace allows editing a key's scopes, adding contacts:write to this key works too.",
		);
		expect(description).not.toMatch(/edit this key|tick/);
	});
});

describe('other advice', () => {
	it('401: no claim about revoking keys; a new key comes from Settings > API', async () => {
		const result = await t.run(createContact, { apiKey: ['leo', 'no', 'such', 'key'].join('_') });
		expect(result.error?.message).toBe('Leonar rejected the API key');
		expect(result.error?.description).toContain(
			'create a new key in Leonar under Settings > API and paste it into the "Leonar API" credential',
		);
		expect(`${result.error?.message} ${result.error?.description}`).not.toMatch(/revoke/i);
	});

	it('billing, plan and credits: no Settings > Billing path', async () => {
		const billing = await t.run(createContact, { key: 'billing_required' });
		expect(billing.error?.message).toBe('The Leonar workspace has no active subscription');
		expect(billing.error?.description).not.toContain('Settings > Billing');
		t.sim.faults.add({
			path: '/contacts',
			action: {
				status: 403,
				body: { error: { code: 'plan_upgrade_required', message: 'Upgrade your plan' } },
			},
		});
		const plan = await t.run(createContact);
		expect(plan.error?.message).toBe(
			'The Leonar plan of this workspace does not include this feature',
		);
		expect(plan.error?.description).not.toContain('Settings > Billing');
		t.sim.setCredits({ sourcing: 0 });
		const credits = await t.run(
			{
				resource: 'sourcing',
				operation: 'advancedSearch',
				limit: 1,
				filters: { jobTitles: 'Engineer' },
			},
			{ key: 'full_access' },
		);
		expect(credits.error?.message).toBe('The Leonar workspace ran out of sourcing credits');
		expect(credits.error?.description).not.toContain('Settings > Billing');
	});

	it('the credential test says the same', () => {
		const rules = new LeonarApi().test.rules ?? [];
		const text = (code: number) =>
			String(
				(
					rules.find((rule) => (rule.properties as { value: number }).value === code)
						?.properties as { message: string }
				).message,
			);
		expect(text(403)).toContain('create a key with contacts:read');
		expect(text(403)).toContain("if your workspace allows editing a key's scopes");
		expect(text(403)).not.toMatch(/^Edit the key|Settings > Billing/);
		expect(text(401)).not.toMatch(/revoke/i);
		expect(text(401)).toContain('Settings > API');
	});
});
