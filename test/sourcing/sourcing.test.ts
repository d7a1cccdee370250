import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
const account = () =>
	[...t.sim.state.connectedAccounts.values()].find((a) => a.api_status.recruiter === 'active')!;
const profiles = (n: number, prefix = 'p'): IDataObject[] =>
	Array.from({ length: n }, (_, k) => ({
		profile_id: `${prefix}-${k}`,
		first_name: `First${k}`,
		last_name: `Last${k}`,
		headline: 'Backend Engineer',
		linkedin_url: `https://www.linkedin.com/in/${prefix}-${k}`,
		skills: ['Go'],
	}));

describe('sourcing: searches', () => {
	it('search: sends the filters the API way and pages with page/page_size until has_more is false', async () => {
		const p = project();
		const result = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(p.id),
			sourceType: 'leonar_source',
			returnAll: true,
			filters: {
				jobTitles: 'Engineer',
				excludeCompanies: ['Nowhere Inc'],
				minYearsExperience: 0,
				requireAllSkills: false,
			},
		});
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', '/sourcing/search');
		expect(calls[0].body).toEqual({
			project_id: p.id,
			source_type: 'leonar_source',
			filters: {
				job_titles: { include: ['Engineer'] },
				companies: { exclude: ['Nowhere Inc'] },
				years_experience: { min: 0 },
			},
			page: 1,
			page_size: 100,
		});
		const total = (calls[0].response as { data: { total_count: number } }).data.total_count;
		expect(total).toBeGreaterThan(100);
		expect(calls.map((c) => (c.body as IDataObject).page)).toEqual(
			Array.from({ length: Math.ceil(total / 100) }, (_, k) => k + 1),
		);
		expect(result.items).toHaveLength(total);
	});

	it('search: Limit reads pages of one size that add up to it (2 pages of 75 for 150)', async () => {
		const result = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(project().id),
			sourceType: 'leonar_source',
			limit: 150,
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(150);
		const bodies = t.calls('POST', '/sourcing/search').map((c) => c.body as IDataObject);
		expect(bodies.map((b) => [b.page, b.page_size])).toEqual([
			[1, 75],
			[2, 75],
		]);
		expect(Object.keys(jsonOf(result)[0])).not.toContain('experiences');
	});

	it('search: LinkedIn source needs the account, sent with the seat and location ids', async () => {
		const result = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(project().id),
			sourceType: 'linkedin',
			accountId: account().id,
			linkedinApiType: 'recruiter',
			limit: 5,
			filters: {
				locationIds: '[{"id": "105015875", "title": "Paris, Ile-de-France, France"}]',
				openToWork: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/sourcing/search')[0].body).toMatchObject({
			source_type: 'linkedin',
			account_id: account().id,
			linkedin_api_type: 'recruiter',
			filters: {
				linkedin_filters: {
					location_ids: { '105015875': 'Paris, Ile-de-France, France' },
					is_open_to_work: true,
				},
			},
		});
	});

	it('search: a location id that is not a LinkedIn geo id fails before any request', async () => {
		const result = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(project().id),
			sourceType: 'leonar_source',
			filters: { locationIds: 'Paris' },
		});
		expect(result.error?.message).toContain('"LinkedIn Location IDs" must hold LinkedIn geo IDs');
		expect(t.calls()).toHaveLength(0);
	});

	it('search: 404 names the project; a scope error names sourcing:read', async () => {
		const missing = '00000000-0000-4000-8000-000000000007';
		const notFound = await t.run({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator(missing),
			sourceType: 'contacts',
		});
		expect(notFound.error?.message).toBe(`Project ${missing} was not found in Leonar`);

		const scope = await t.run(
			{
				resource: 'sourcing',
				operation: 'search',
				projectId: locator(project().id),
				sourceType: 'contacts',
			},
			{ key: 'contacts:read' },
		);
		expect(scope.error?.message).toContain('sourcing:read');
	});

	it('searchContacts: CRM contacts as profiles, with page paging', async () => {
		const p = project();
		const result = await t.run({
			resource: 'sourcing',
			operation: 'searchContacts',
			returnAll: true,
			filters: {
				projectId: p.id,
				contactTypes: 'candidate',
				stageCategories: ['sourced'],
				createdAfter: '2020-01-01',
			},
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/sourcing/contacts/search')[0].body).toEqual({
			project_id: p.id,
			contact_types: ['candidate'],
			stage_categories: ['sourced'],
			created_after: '2020-01-01',
			page: 1,
			page_size: 100,
		});
		expect(result.items.length).toBeGreaterThan(0);
		expect(jsonOf(result).some((profile) => profile.already_in_project === true)).toBe(true);
	});

	it('advancedSearch: sends the filters, spends credits per profile, says so when they run out', async () => {
		t.sim.setCredits({ sourcing: 100 });
		const result = await t.run({
			resource: 'sourcing',
			operation: 'advancedSearch',
			limit: 3,
			filters: { jobTitles: 'Engineer', companyFilter: 'any' },
			revealInfo: true,
			dataTypes: ['work_email'],
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/sourcing/advanced/profiles/search')[0].body).toEqual({
			job_title: ['Engineer'],
			company_filter: 'any',
			reveal_info: true,
			data_types: ['work_email'],
			page: 1,
			page_size: 3,
		});
		expect(result.items).toHaveLength(3);
		expect(t.sim.state.credits.sourcing).toBe(97);

		t.sim.setCredits({ sourcing: 0 });
		const broke = await t.run({
			resource: 'sourcing',
			operation: 'advancedSearch',
			limit: 3,
			filters: { skills: 'Go' },
		});
		expect(broke.error?.message).toBe('The Leonar workspace ran out of sourcing credits');
		expect(broke.error?.description).toContain('Available: 0, required: 1.');
	});

	it('advancedSearch: no filter fails before any request (no credits spent)', async () => {
		const result = await t.run({ resource: 'sourcing', operation: 'advancedSearch', limit: 3 });
		expect(result.error?.message).toContain('Add at least one filter');
		expect(t.calls()).toHaveLength(0);
	});

	it('linkedinSearch: follows the cursor with the same body until has_more is false', async () => {
		const p = project();
		const result = await t.run({
			resource: 'sourcing',
			operation: 'linkedinSearch',
			projectId: locator(p.id),
			accountId: account().id,
			returnAll: true,
			filters: { booleanQuery: 'engineer OR developer', minYearsExperience: 1 },
		});
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', '/sourcing/linkedin/search');
		expect(calls.length).toBeGreaterThan(1);
		const { cursor: firstCursor, ...firstBody } = calls[0].body as IDataObject;
		expect(firstCursor).toBeUndefined();
		expect(firstBody).toEqual({
			project_id: p.id,
			account_id: account().id,
			years_experience: { min: 1 },
			boolean_query: 'engineer OR developer',
			page_size: 100,
		});
		calls.slice(1).forEach((call, k) => {
			const { cursor, ...body } = call.body as IDataObject;
			expect(body).toEqual(firstBody);
			expect(cursor).toBe((calls[k].response as { data: { cursor: string } }).data.cursor);
		});
		const last = calls[calls.length - 1].response as {
			data: { has_more: boolean; total_count: number };
		};
		expect(last.data.has_more).toBe(false);
		expect(result.items).toHaveLength(last.data.total_count);
	});

	it('linkedinSearch: Limit stops after the needed cursor pages (2 calls of 60 for 120)', async () => {
		const result = await t.run({
			resource: 'sourcing',
			operation: 'linkedinSearch',
			projectId: locator(project().id),
			accountId: account().id,
			limit: 120,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(120);
		const calls = t.calls('POST', '/sourcing/linkedin/search');
		expect(calls.map((c) => (c.body as IDataObject).page_size)).toEqual([60, 60]);
		expect((calls[1].body as IDataObject).cursor).toEqual(expect.any(String));
	});

	it('getLocations: looks up geo ids', async () => {
		const result = await t.run({
			resource: 'sourcing',
			operation: 'getLocations',
			query: 'Paris',
			additionalFields: { accountId: account().id, apiType: 'recruiter' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/sourcing/linkedin/locations')[0].query).toEqual({
			q: 'Paris',
			account_id: account().id,
			api_type: 'recruiter',
		});
		expect(jsonOf(result)).toContainEqual({
			id: '105015875',
			title: expect.stringContaining('Paris'),
		});
	});
});

describe('sourcing: addToProject in batches', () => {
	it('1,000 profiles for one project → 10 calls of 100, one output item per input item', async () => {
		const p = project();
		const input = profiles(1000);
		const result = await t.run(
			{ resource: 'sourcing', operation: 'addToProject', projectId: locator(p.id) },
			{ input },
		);
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', '/sourcing/add-to-project');
		expect(calls).toHaveLength(10);
		expect(calls.every((c) => (c.body as { profiles: unknown[] }).profiles.length === 100)).toBe(
			true,
		);
		expect((calls[0].body as IDataObject).project_id).toBe(p.id);
		expect((calls[0].body as { profiles: IDataObject[] }).profiles[0]).toEqual(input[0]);
		expect(result.items).toHaveLength(1000);
		result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		const contactIds = (calls[9].response as { data: { contact_ids: string[] } }).data.contact_ids;
		expect(result.items[999].json).toMatchObject({
			profile_id: 'p-999',
			outcome: 'added',
			contact_id: contactIds[99],
		});
		expect(t.sim.state.contacts.get(String(result.items[999].json.contact_id))?.first_name).toBe(
			'First999',
		);
	});

	it('groups profiles by project and reads them from a field of the item', async () => {
		const [a, b] = [...t.sim.state.projects.values()].filter((p) => p.status === 'active');
		const input = profiles(4).map((profile, k) => ({ target: k % 2 ? b.id : a.id, profile }));
		const result = await t.run(
			{
				resource: 'sourcing',
				operation: 'addToProject',
				projectId: locator('={{ $json.target }}'),
				profileField: 'profile',
			},
			{ input },
		);
		expect(result.error).toBeUndefined();
		const calls = t.calls('POST', '/sourcing/add-to-project');
		expect(calls.map((c) => (c.body as IDataObject).project_id)).toEqual([a.id, b.id]);
		expect(
			(calls[0].body as { profiles: IDataObject[] }).profiles.map((x) => x.profile_id),
		).toEqual(['p-0', 'p-2']);
		expect(jsonOf(result).map((j) => j.project_id)).toEqual([a.id, b.id, a.id, b.id]);
	});

	it('a profile without first_name fails its item only; a scope error names sourcing:write', async () => {
		const p = project();
		const input = [...profiles(2), { profile_id: 'x', headline: 'no name' }];
		const result = await t.run(
			{ resource: 'sourcing', operation: 'addToProject', projectId: locator(p.id) },
			{ input, continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(
			(t.calls('POST', '/sourcing/add-to-project')[0].body as { profiles: unknown[] }).profiles,
		).toHaveLength(2);
		expect(result.items[2].json.error).toBe('The profile of input item 2 has no first_name');
		expect(result.items[2].pairedItem).toEqual({ item: 2 });

		const scope = await t.run(
			{ resource: 'sourcing', operation: 'addToProject', projectId: locator(p.id) },
			{ input: profiles(1, 'q'), key: 'sourcing:read' },
		);
		expect(scope.error?.message).toContain('sourcing:write');
	});

	it('profiles already in the project are reported as not added', async () => {
		const p = project();
		const input = profiles(2, 'again');
		await t.run(
			{ resource: 'sourcing', operation: 'addToProject', projectId: locator(p.id) },
			{ input },
		);
		const again = await t.run(
			{ resource: 'sourcing', operation: 'addToProject', projectId: locator(p.id) },
			{ input },
		);
		expect(again.error).toBeUndefined();
		expect(jsonOf(again).map((j) => j.outcome)).toEqual(['not_added', 'not_added']);
	});
});
