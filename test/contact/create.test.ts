import { jsonOf, useSimulator } from '../support';

const t = useSimulator();

describe('contact: create', () => {
	it('sends the contact as the API spells it and returns the created record', async () => {
		const result = await t.run({
			resource: 'contact',
			operation: 'create',
			firstName: 'Ada',
			additionalFields: {
				lastName: 'Lovelace',
				email: 'ada@example.com',
				title: 'Engineer',
				currentCompany: 'Analytical Engines',
				linkedinProfile: 'https://www.linkedin.com/in/ada',
				tags: 'math, pioneer',
				skills: ['Maths', 'Poetry'],
				customData: '{"seniority": "senior"}',
			},
		});
		expect(result.error).toBeUndefined();
		const [call] = t.calls('POST', '/contacts');
		expect(call.headers.authorization).toBe(`Bearer ${t.sim.keys.full_access}`);
		expect(call.body).toEqual({
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada@example.com',
			title: 'Engineer',
			current_company: 'Analytical Engines',
			linkedin_profile: 'https://www.linkedin.com/in/ada',
			tags: ['math', 'pioneer'],
			skills: ['Maths', 'Poetry'],
			custom_data: { seniority: 'senior' },
		});
		const [contact] = jsonOf(result);
		expect(contact.first_name).toBe('Ada');
		expect(contact.emails).toEqual([{ email: 'ada@example.com', type: 'work' }]);
		expect(contact.custom_data).toEqual({ seniority: 'senior' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(t.sim.state.contacts.get(String(contact.id))).toBeDefined();
	});
});
