/**
 * One representative parameter set per operation of the node (file operations: one per kind
 * of parent), with what each simulator profile must give: `works` (with a check that the
 * result is the right one) or a clear error (its message, and a description that says how
 * to do it anyway). The matrix test runs every case the registry has under both profiles.
 */
import type { IBinaryKeyData, IDataObject, INodeParameters } from 'n8n-workflow';

import { operationLabel } from '../../nodes/Leonar/actions/index';
import type { RunResult } from '../harness/n8n';
import type { LogEntry, Rec, Simulator, SimulatorProfile } from '../simulator';
import { locator } from '../support';

export interface CheckContext {
	result: RunResult;
	json: IDataObject[];
	sim: Simulator;
	log: LogEntry[];
	seed: Seed;
}

export type Expectation =
	| { works: (ctx: CheckContext) => void; note?: string }
	| { error: string | RegExp; advice: RegExp };

export interface LiveCase {
	resource: string;
	operation: string;
	/** Shown after the operation in the matrix, e.g. "contact files". */
	variant?: string;
	parameters: (seed: Seed) => INodeParameters;
	input?: (seed: Seed) => IDataObject[];
	binary?: Array<IBinaryKeyData | undefined>;
	setup?: (sim: Simulator, seed: Seed) => Promise<void> | void;
	expect: Record<SimulatorProfile, Expectation>;
}

/** Records of the simulator's seed the cases use (same ids after every reset). */
export class Seed {
	constructor(private readonly sim: Simulator) {}
	private readonly found = new Map<string, Rec>();
	/** Each record is looked up once per case, before the run changes the state. */
	private once(key: string, find: () => Rec | undefined): Rec {
		if (!this.found.has(key)) {
			const record = find();
			if (!record) throw new Error(`The seed has no ${key}`);
			this.found.set(key, record);
		}
		return this.found.get(key)!;
	}
	private all(collection: keyof Simulator['state']): Rec[] {
		return [...(this.sim.state[collection] as Map<string, Rec>).values()];
	}
	contact(): Rec {
		return this.once('contact', () =>
			this.all('contacts').find(
				(c) => !c.archived_at && !c.do_not_contact && c.emails?.length && c.linkedin_profile,
			),
		);
	}
	outsider(): Rec {
		return this.once('outsider', () => {
			const inProject = new Set(this.all('entries').map((e) => e.contact_id));
			return this.all('contacts').find(
				(c) => !c.archived_at && !c.do_not_contact && !inProject.has(c.id),
			);
		});
	}
	company(): Rec {
		return this.once('company', () => this.all('companies').find((c) => !c.archived_at));
	}
	deal(status = 'open'): Rec {
		return this.once(`deal ${status}`, () =>
			this.all('deals').find((d) => d.status === status && !d.archived_at),
		);
	}
	note(): Rec {
		return this.once('note', () => this.all('notes')[0]);
	}
	task(): Rec {
		return this.once('task', () => this.all('tasks')[0]);
	}
	tag(): Rec {
		return this.once('tag', () => this.all('tags')[0]);
	}
	project(): Rec {
		return this.once('project', () => this.all('projects').find((p) => p.status === 'active'));
	}
	entry(): Rec {
		return this.once('entry', () =>
			this.all('entries').find((e) => e.project_id === this.project().id),
		);
	}
	otherStage(): Rec {
		return this.once('other stage', () =>
			(this.project().pipeline.stages as Rec[]).find((s) => s.id !== this.entry().stage_id),
		);
	}
	sequence(): Rec {
		return this.once('sequence', () => this.all('sequences')[0]);
	}
	enrolled(): Rec {
		return this.once('enrollment', () =>
			this.all('enrollments').find((e) => e.sequence_id === this.sequence().id),
		);
	}
	conversation(): Rec {
		return this.once('conversation', () => this.all('conversations')[0]);
	}
	file(parent: 'contact' | 'project'): Rec {
		return this.once(`${parent} file`, () =>
			this.all('files').find((f) => (parent === 'contact' ? f.contact_id : f.project_id)),
		);
	}
	account(): Rec {
		return this.once('account', () =>
			this.all('connectedAccounts').find((a) => a.api_status?.recruiter === 'active'),
		);
	}
	stageOfDeal(): Rec {
		return this.once('stage of deal', () => {
			const deal = this.deal();
			const pipeline = this.sim.state.pipelines.get(deal.pipeline_id)!;
			return (pipeline.stages as Rec[]).find((s) => s.id !== deal.stage_id);
		});
	}
}

const PDF = Buffer.from('%PDF-1.4\n% live api\n%%EOF\n');
const pdf = (name: string): IBinaryKeyData => ({
	data: { data: PDF.toString('base64'), mimeType: 'application/pdf', fileName: name },
});

/** The error of an operation whose endpoint this Leonar API does not have. */
function missingRoute(resource: string, operation: string, route: string): Expectation {
	return {
		error: `${operationLabel(resource, operation)} uses ${route}, which this Leonar API does not offer`,
		advice: /HTTP Request node with the predefined credential type "Leonar API"/,
	};
}

/** The error of a list whose operator filter this Leonar API ignored. */
const ignoredFilter = (filter: string, route: string): Expectation => ({
	error: `Leonar ignored the filter ${filter} of ${route}`,
	advice: /not in Leonar's public docs.*Filter node/,
});

const works = (check: (ctx: CheckContext) => void, note?: string): Expectation => ({
	works: check,
	...(note ? { note } : {}),
});

const both = (expectation: Expectation) => ({ default: expectation, documented: expectation });

const sameIds = (json: IDataObject[], ids: unknown[]) =>
	expect(json.map((j) => j.id).sort()).toEqual([...ids].sort());

const state = (sim: Simulator, collection: keyof Simulator['state']) => [
	...(sim.state[collection] as Map<string, Rec>).values(),
];

/** Half of the seed's contacts, and of its companies, changed since these moments. */
const CONTACTS_SINCE = '2025-09-07T00:00:00.000Z';
const COMPANIES_SINCE = '2025-08-24T04:30:00.000Z';

/** Updated Since: exactly the records changed since, newest first (the Sort option's default order). */
const changedSince = (collection: 'contacts' | 'companies', since: string) =>
	function check({ json, sim }: CheckContext) {
		const expected = state(sim, collection)
			.filter((r) => !r.archived_at && r.updated_at >= since)
			.sort((a, b) =>
				a.created_at !== b.created_at
					? Date.parse(b.created_at) - Date.parse(a.created_at)
					: a.id < b.id
						? -1
						: 1,
			);
		expect(json.map((r) => r.id)).toEqual(expected.map((r) => r.id));
	};
const contactsSince = changedSince('contacts', CONTACTS_SINCE);
const companiesSince = changedSince('companies', COMPANIES_SINCE);
/** The note of a list the node read newest first because Leonar ignored its date filter. */
const NEWEST_FIRST =
	'Leonar ignored updated_at=gte.…; the node read the list newest first (sort=-updated_at) down to the date and applied the filter itself';

function implied(
	resource: string,
	operation: string,
	route: string,
	parameters: LiveCase['parameters'],
	check: (ctx: CheckContext) => void,
	extra: Partial<LiveCase> = {},
): LiveCase {
	return {
		resource,
		operation,
		parameters,
		...extra,
		expect: { default: works(check), documented: missingRoute(resource, operation, route) },
	};
}

export const CASES: LiveCase[] = [
	// ---------------------------------------------------------------- Company
	implied(
		'company',
		'archive',
		'DELETE /companies/{id}',
		(s) => ({ companyId: locator(s.company().id) }),
		({ json, seed }) => expect(json[0]).toMatchObject({ id: seed.company().id }),
	),
	{
		resource: 'company',
		operation: 'create',
		parameters: () => ({ name: 'Globex', additionalFields: { domain: 'globex.example' } }),
		expect: {
			default: works(({ json }) => {
				expect(json[0]).toMatchObject({ name: 'Globex', domain: 'globex.example' });
				expect(json[0]._not_stored).toBeUndefined();
			}),
			documented: works(
				({ json }) => expect(json[0]).toMatchObject({ name: 'Globex', _not_stored: ['domain'] }),
				'the output and a hint say Leonar did not store domain',
			),
		},
	},
	{
		resource: 'company',
		operation: 'findOrCreate',
		parameters: (s) => ({ name: String(s.company().name).toUpperCase() }),
		expect: both(
			works(({ json, seed, log }) => {
				expect(json[0]).toMatchObject({
					id: seed.company().id,
					_findOrCreate: { action: 'found' },
				});
				expect(log.filter((c) => c.method === 'POST')).toHaveLength(0);
			}),
		),
	},
	implied(
		'company',
		'get',
		'GET /companies/{id}',
		(s) => ({ companyId: locator(s.company().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.company().id),
	),
	{
		resource: 'company',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { updatedSince: COMPANIES_SINCE } }),
		expect: {
			default: works(companiesSince),
			documented: works(companiesSince, NEWEST_FIRST),
		},
	},
	{
		resource: 'company',
		operation: 'update',
		parameters: (s) => ({
			companyId: locator(s.company().id),
			updateFields: { name: 'Acme Renamed', industry: 'Aerospace' },
		}),
		expect: {
			default: works(({ json }) =>
				expect(json[0]).toMatchObject({ name: 'Acme Renamed', industry: 'Aerospace' }),
			),
			documented: works(
				({ json }) =>
					expect(json[0]).toMatchObject({ name: 'Acme Renamed', _not_stored: ['industry'] }),
				'the output and a hint say Leonar did not store industry',
			),
		},
	},

	// ---------------------------------------------------------------- Contact
	implied(
		'contact',
		'archive',
		'DELETE /contacts/{id}',
		(s) => ({ contactId: locator(s.contact().id) }),
		({ json }) => expect(json[0].archived_at).toBeTruthy(),
	),
	{
		resource: 'contact',
		operation: 'create',
		parameters: () => ({
			firstName: 'Ada',
			additionalFields: { lastName: 'Lovelace', email: 'ada@example.com', title: 'Engineer' },
		}),
		expect: both(
			works(({ json, log }) => {
				expect(json[0]).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
				expect(log.filter((c) => c.method === 'POST')).toHaveLength(1);
			}),
		),
	},
	implied(
		'contact',
		'get',
		'GET /contacts/{id}',
		(s) => ({ contactId: locator(s.contact().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.contact().id),
	),
	{
		resource: 'contact',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { updatedSince: CONTACTS_SINCE } }),
		expect: {
			default: works(contactsSince),
			documented: works(contactsSince, NEWEST_FIRST),
		},
	},
	{
		resource: 'contact',
		operation: 'search',
		parameters: (s) => ({ query: String(s.contact().last_name), returnAll: true }),
		expect: both(
			works(({ json, seed }) => {
				expect(json.map((c) => c.id)).toContain(seed.contact().id);
				for (const c of json) expect(String(c.last_name)).toBe(String(seed.contact().last_name));
			}),
		),
	},
	{
		resource: 'contact',
		operation: 'update',
		parameters: (s) => ({
			contactId: locator(s.contact().id),
			updateFields: { title: 'Head of Data' },
		}),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ title: 'Head of Data' }))),
	},
	{
		resource: 'contact',
		operation: 'upsert',
		parameters: (s) => ({
			email: String(s.contact().emails[0].email),
			additionalFields: { title: 'Staff Engineer' },
		}),
		expect: {
			default: works(({ json, seed, log }) => {
				expect(json[0]).toMatchObject({
					id: seed.contact().id,
					_upsert: { action: 'updated', matched_on: 'email' },
				});
				expect(log.filter((c) => c.method === 'POST' && c.path === '/contacts')).toHaveLength(0);
			}),
			documented: {
				error:
					"Create or Update cannot look contacts up by email: Leonar's contact search did not find a contact by its email address",
				advice: /nothing was created or changed.*IF node/,
			},
		},
	},

	// ---------------------------------------------------------------- Deal
	implied(
		'deal',
		'archive',
		'DELETE /deals/{id}',
		(s) => ({ dealId: locator(s.deal().id) }),
		({ json }) => expect(json[0].archived_at).toBeTruthy(),
	),
	{
		resource: 'deal',
		operation: 'close',
		parameters: (s) => ({ dealId: locator(s.deal().id), status: 'won' }),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ status: 'won' }))),
	},
	implied(
		'deal',
		'create',
		'POST /deals',
		() => ({ title: 'Zenith — 2 hires' }),
		({ json }) => expect(json[0]).toMatchObject({ title: 'Zenith — 2 hires', status: 'open' }),
	),
	implied(
		'deal',
		'get',
		'GET /deals/{id}',
		(s) => ({ dealId: locator(s.deal().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.deal().id),
	),
	implied(
		'deal',
		'getAll',
		'GET /deals',
		() => ({ returnAll: true, filters: { status: 'open' } }),
		({ json, sim }) =>
			sameIds(
				json,
				state(sim, 'deals')
					.filter((d) => d.status === 'open' && !d.archived_at)
					.map((d) => d.id),
			),
	),
	implied(
		'deal',
		'getPipelines',
		'GET /deals/pipelines',
		() => ({}),
		({ json, sim }) => expect(json).toHaveLength(sim.state.pipelines.size),
	),
	{
		resource: 'deal',
		operation: 'moveStage',
		parameters: (s) => ({ dealId: locator(s.deal().id), stageId: s.stageOfDeal().id }),
		expect: both(works(({ json, seed }) => expect(json[0].stage_id).toBe(seed.stageOfDeal().id))),
	},
	{
		resource: 'deal',
		operation: 'reopen',
		parameters: (s) => ({ dealId: locator(s.deal('won').id) }),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ status: 'open' }))),
	},
	implied(
		'deal',
		'update',
		'PUT /deals/{id}',
		(s) => ({ dealId: locator(s.deal().id), updateFields: { amount: 12000 } }),
		({ json }) => expect(json[0]).toMatchObject({ amount: 12000 }),
	),

	// ---------------------------------------------------------------- Enrichment
	implied(
		'enrichment',
		'enrich',
		'POST /enrichments',
		(s) => ({ contactId: locator(s.contact().id), dataTypes: ['work_email'] }),
		({ json, seed }) =>
			expect(json[0]).toMatchObject({ contact_id: seed.contact().id, status: 'pending' }),
	),
	implied(
		'enrichment',
		'get',
		'GET /enrichments/{id}',
		() => ({ enrichmentId: '00000000-0000-4000-8000-00000000e001' }),
		({ json }) => expect(json[0].id).toBe('00000000-0000-4000-8000-00000000e001'),
		{
			setup: (sim, seed) => {
				sim.state.enrichments.set('00000000-0000-4000-8000-00000000e001', {
					id: '00000000-0000-4000-8000-00000000e001',
					contact_id: seed.contact().id,
					data_types: ['work_email'],
					status: 'pending',
					created_at: sim.clock.iso(),
					updated_at: sim.clock.iso(),
					result: null,
				});
			},
		},
	),

	// ---------------------------------------------------------------- File
	...(['contact', 'project'] as const).flatMap((parent): LiveCase[] => {
		const parentParameters = (s: Seed) =>
			parent === 'contact'
				? { parent, contactId: locator(s.contact().id) }
				: { parent, projectId: locator(s.project().id) };
		const owner = (s: Seed) => (parent === 'contact' ? s.file('contact') : s.file('project'));
		const route = (method: string, tail = '') => `${method} /${parent}s/{id}/files${tail}`;
		const listImplied = parent === 'contact';
		return [
			{
				resource: 'file',
				operation: 'delete',
				variant: `${parent} files`,
				parameters: (s) => ({ ...parentParameters(s), fileId: String(owner(s).id) }),
				setup: (sim, seed) => {
					// the seed's file belongs to another record: attach it to the one the case uses
					const file = owner(seed);
					if (parent === 'contact') file.contact_id = seed.contact().id;
					else file.project_id = seed.project().id;
					void sim;
				},
				expect: {
					default: works(({ sim, seed }) =>
						expect(sim.state.files.has(owner(seed).id)).toBe(false),
					),
					documented: listImplied
						? missingRoute('file', 'delete', route('DELETE', '/{fileId}'))
						: works(({ sim, seed }) => expect(sim.state.files.has(owner(seed).id)).toBe(false)),
				},
			},
			{
				resource: 'file',
				operation: 'download',
				variant: `${parent} files`,
				parameters: (s) => ({
					...parentParameters(s),
					fileId: String(owner(s).id),
					binaryPropertyName: 'data',
				}),
				setup: (sim, seed) => {
					const file = owner(seed);
					if (parent === 'contact') file.contact_id = seed.contact().id;
					else file.project_id = seed.project().id;
					void sim;
				},
				expect: {
					default: works(({ result }) => expect(result.items[0].binary?.data).toBeDefined()),
					documented: missingRoute('file', 'download', route('GET', '/{fileId}')),
				},
			},
			{
				resource: 'file',
				operation: 'getAll',
				variant: `${parent} files`,
				parameters: (s) => ({ ...parentParameters(s), returnAll: true }),
				setup: (sim, seed) => {
					const file = owner(seed);
					if (parent === 'contact') file.contact_id = seed.contact().id;
					else file.project_id = seed.project().id;
					void sim;
				},
				expect: {
					default: works(({ json, seed }) => sameIds(json, [owner(seed).id])),
					documented: listImplied
						? missingRoute('file', 'getAll', route('GET'))
						: works(({ json, seed }) => sameIds(json, [owner(seed).id])),
				},
			},
			{
				resource: 'file',
				operation: 'upload',
				variant: `${parent} files`,
				parameters: (s) => ({ ...parentParameters(s), binaryPropertyName: 'data' }),
				binary: [pdf('cv.pdf')],
				expect: both(works(({ json }) => expect(json[0]).toMatchObject({ filename: 'cv.pdf' }))),
			},
		];
	}),

	// ---------------------------------------------------------------- Message
	{
		resource: 'message',
		operation: 'getAll',
		parameters: (s) => ({ conversationId: locator(s.conversation().id), returnAll: true }),
		expect: both(
			works(({ json, sim, seed }) =>
				sameIds(
					json,
					state(sim, 'messages')
						.filter((m) => m.conversation_id === seed.conversation().id)
						.map((m) => m.id),
				),
			),
		),
	},
	implied(
		'message',
		'getConversation',
		'GET /conversations/{id}',
		(s) => ({ conversationId: locator(s.conversation().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.conversation().id),
	),
	implied(
		'message',
		'getConversations',
		'GET /conversations',
		() => ({ returnAll: true }),
		({ json, sim }) => sameIds(json, [...sim.state.conversations.keys()]),
	),
	{
		resource: 'message',
		operation: 'send',
		parameters: (s) => ({
			contactId: locator(s.contact().id),
			channel: 'email',
			content: 'Hello, are you open to a new role?',
			additionalFields: { subject: 'A role for you' },
		}),
		expect: both(
			works(({ json, log }) => {
				expect(json[0]).toMatchObject({ content: 'Hello, are you open to a new role?' });
				expect(log.filter((c) => c.method === 'POST')).toHaveLength(1);
			}),
		),
	},

	// ---------------------------------------------------------------- Note
	{
		resource: 'note',
		operation: 'create',
		parameters: (s) => ({ contactId: locator(s.contact().id), content: 'Phone screen went well.' }),
		expect: both(works(({ json }) => expect(json[0].content).toBe('Phone screen went well.'))),
	},
	implied(
		'note',
		'get',
		'GET /notes/{id}',
		(s) => ({ noteId: locator(s.note().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.note().id),
	),
	implied(
		'note',
		'getAll',
		'GET /notes',
		() => ({ notesOf: 'all', returnAll: true }),
		({ json, sim }) => sameIds(json, [...sim.state.notes.keys()]),
	),
	implied(
		'note',
		'update',
		'PUT /notes/{id}',
		(s) => ({ noteId: locator(s.note().id), content: 'Rewritten' }),
		({ json }) => expect(json[0].content).toBe('Rewritten'),
	),

	// ---------------------------------------------------------------- Pipeline entry
	{
		resource: 'pipelineEntry',
		operation: 'create',
		parameters: (s) => ({
			projectId: locator(s.project().id),
			contactId: locator(s.outsider().id),
		}),
		expect: both(
			works(({ json, seed }) =>
				expect(json[0]).toMatchObject({
					project_id: seed.project().id,
					contact_id: seed.outsider().id,
				}),
			),
		),
	},
	implied(
		'pipelineEntry',
		'delete',
		'DELETE /projects/{id}/entries/{entryId}',
		(s) => ({ projectId: locator(s.project().id), entryId: locator(s.entry().id) }),
		({ sim, seed }) => expect(sim.state.entries.has(seed.entry().id)).toBe(false),
	),
	implied(
		'pipelineEntry',
		'get',
		'GET /projects/{id}/entries/{entryId}',
		(s) => ({ projectId: locator(s.project().id), entryId: locator(s.entry().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.entry().id),
	),
	{
		resource: 'pipelineEntry',
		operation: 'getAll',
		parameters: (s) => ({ projectId: locator(s.project().id), returnAll: true }),
		expect: both(
			works(({ json, sim, seed }) =>
				sameIds(
					json,
					state(sim, 'entries')
						.filter((e) => e.project_id === seed.project().id)
						.map((e) => e.id),
				),
			),
		),
	},
	implied(
		'pipelineEntry',
		'moveStage',
		'PUT /projects/{id}/entries/{entryId}/stage',
		(s) => ({
			projectId: locator(s.project().id),
			entryId: locator(s.entry().id),
			stageId: s.otherStage().id,
		}),
		({ json, seed }) => expect((json[0].stage as IDataObject).id).toBe(seed.otherStage().id),
	),
	implied(
		'pipelineEntry',
		'update',
		'PUT /projects/{id}/entries/{entryId}',
		(s) => ({
			projectId: locator(s.project().id),
			entryId: locator(s.entry().id),
			updateFields: { rating: 4 },
		}),
		({ json }) => expect(json[0].rating).toBe(4),
	),

	// ---------------------------------------------------------------- Project
	{
		resource: 'project',
		operation: 'create',
		parameters: () => ({ name: 'Backend Engineer' }),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ name: 'Backend Engineer' }))),
	},
	{
		resource: 'project',
		operation: 'get',
		parameters: (s) => ({ projectId: locator(s.project().id) }),
		expect: both(works(({ json, seed }) => expect(json[0].id).toBe(seed.project().id))),
	},
	{
		resource: 'project',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { status: 'all' } }),
		expect: both(works(({ json, sim }) => sameIds(json, [...sim.state.projects.keys()]))),
	},
	{
		resource: 'project',
		operation: 'update',
		parameters: (s) => ({
			projectId: locator(s.project().id),
			updateFields: { name: 'Renamed role' },
		}),
		expect: both(works(({ json }) => expect(json[0].name).toBe('Renamed role'))),
	},

	// ---------------------------------------------------------------- Sequence
	{
		resource: 'sequence',
		operation: 'enroll',
		parameters: (s) => ({
			sequenceId: locator(s.sequence().id),
			contactId: locator(s.outsider().id),
		}),
		expect: both(
			works(({ sim, seed }) =>
				expect(
					state(sim, 'enrollments').filter(
						(e) => e.sequence_id === seed.sequence().id && e.contact_id === seed.outsider().id,
					),
				).toHaveLength(1),
			),
		),
	},
	{
		resource: 'sequence',
		operation: 'get',
		parameters: (s) => ({ sequenceId: locator(s.sequence().id) }),
		expect: both(works(({ json, seed }) => expect(json[0].id).toBe(seed.sequence().id))),
	},
	{
		resource: 'sequence',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { name: 'backend' } }),
		expect: {
			default: works(({ json }) =>
				expect(json.map((s) => s.name)).toEqual(['Backend outreach Q4']),
			),
			documented: ignoredFilter('name=ilike.%backend%', 'GET /sequences'),
		},
	},
	implied(
		'sequence',
		'getEnrollments',
		'GET /sequences/{id}/enrollments',
		(s) => ({ sequenceId: locator(s.sequence().id), returnAll: true }),
		({ json, sim, seed }) =>
			sameIds(
				json,
				state(sim, 'enrollments')
					.filter((e) => e.sequence_id === seed.sequence().id)
					.map((e) => e.id),
			),
	),
	{
		resource: 'sequence',
		operation: 'unenroll',
		parameters: (s) => ({
			sequenceId: locator(s.sequence().id),
			contactId: locator(s.enrolled().contact_id),
		}),
		expect: both(
			works(({ sim, seed }) =>
				expect(
					state(sim, 'enrollments').filter(
						(e) =>
							e.sequence_id === seed.sequence().id && e.contact_id === seed.enrolled().contact_id,
					),
				).toHaveLength(0),
			),
		),
	},

	// ---------------------------------------------------------------- Sourcing
	{
		resource: 'sourcing',
		operation: 'addToProject',
		parameters: (s) => ({ projectId: locator(s.project().id) }),
		input: () => [
			{ profile_id: 'live-1', first_name: 'Lin', last_name: 'Live', linkedin_url: null },
		],
		expect: both(
			works(({ json, sim, seed }) => {
				expect(json).toHaveLength(1);
				const added = state(sim, 'contacts').filter((c) => c.first_name === 'Lin');
				expect(added).toHaveLength(1);
				expect(
					state(sim, 'entries').filter(
						(e) => e.project_id === seed.project().id && e.contact_id === added[0].id,
					),
				).toHaveLength(1);
			}),
		),
	},
	{
		resource: 'sourcing',
		operation: 'advancedSearch',
		parameters: () => ({ limit: 3, filters: { jobTitles: 'Engineer' } }),
		expect: {
			default: works(({ json, sim }) => {
				expect(json).toHaveLength(3);
				expect(sim.state.credits.sourcing).toBe(97);
				expect(json[0]._credits).toBeUndefined();
			}),
			documented: works(({ json, sim, log }) => {
				expect(json).toHaveLength(3);
				expect(log).toHaveLength(1);
				expect(sim.state.credits.sourcing).toBe(75);
				expect(json[0]._credits).toMatchObject({ credits_used: 25, profiles_returned: 3 });
			}, 'Leonar ignored page_size and charged 25 credits; 3 profiles returned, the output and a hint say so'),
		},
	},
	{
		resource: 'sourcing',
		operation: 'getLocations',
		parameters: () => ({ query: 'Paris' }),
		expect: both(works(({ json }) => expect(json.map((l) => l.id)).toContain('105015875'))),
	},
	{
		resource: 'sourcing',
		operation: 'linkedinSearch',
		parameters: (s) => ({
			projectId: locator(s.project().id),
			accountId: s.account().id,
			returnAll: true,
		}),
		expect: both(
			works(({ json, sim }) => {
				expect(json).toHaveLength(sim.state.sourcingProfiles.length);
				expect(new Set(json.map((p) => p.profile_id)).size).toBe(json.length);
			}),
		),
	},
	{
		resource: 'sourcing',
		operation: 'search',
		parameters: (s) => ({
			projectId: locator(s.project().id),
			sourceType: 'leonar_source',
			limit: 5,
			filters: { jobTitles: 'Engineer' },
		}),
		expect: both(works(({ json }) => expect(json).toHaveLength(5))),
	},
	{
		resource: 'sourcing',
		operation: 'searchContacts',
		parameters: () => ({ returnAll: true, filters: { contactTypes: 'candidate' } }),
		expect: both(
			works(({ json, sim }) =>
				expect(json).toHaveLength(
					state(sim, 'contacts').filter((c) => !c.archived_at && c.contact_type === 'candidate')
						.length,
				),
			),
		),
	},

	// ---------------------------------------------------------------- Tag
	{
		resource: 'tag',
		operation: 'addToContact',
		parameters: (s) => ({ contactId: locator(s.outsider().id), tagId: locator(s.tag().id) }),
		expect: both(
			works(({ sim, seed }) =>
				expect(sim.state.contacts.get(seed.outsider().id)!.tags).toContain(seed.tag().name),
			),
		),
	},
	{
		resource: 'tag',
		operation: 'create',
		parameters: () => ({ name: 'Live API', additionalFields: { color: '#10B981' } }),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ name: 'Live API' }))),
	},
	{
		resource: 'tag',
		operation: 'getAll',
		parameters: () => ({ returnAll: true, filters: { scope: 'contact' } }),
		expect: both(
			works(({ json, sim }) =>
				sameIds(
					json,
					state(sim, 'tags')
						.filter((t) => t.scope === 'contact')
						.map((t) => t.id),
				),
			),
		),
	},
	implied(
		'tag',
		'removeFromContact',
		'DELETE /contacts/{id}/tags/{tagId}',
		(s) => ({ contactId: locator(s.contact().id), tagId: locator(s.tag().id) }),
		({ sim, seed }) =>
			expect(sim.state.contacts.get(seed.contact().id)!.tags).not.toContain(seed.tag().name),
	),

	// ---------------------------------------------------------------- Task
	implied(
		'task',
		'create',
		'POST /tasks',
		() => ({ title: 'Call back' }),
		({ json }) => expect(json[0]).toMatchObject({ title: 'Call back', status: 'todo' }),
	),
	implied(
		'task',
		'delete',
		'DELETE /tasks/{id}',
		(s) => ({ taskId: locator(s.task().id) }),
		({ sim, seed }) => expect(sim.state.tasks.has(seed.task().id)).toBe(false),
	),
	implied(
		'task',
		'get',
		'GET /tasks/{id}',
		(s) => ({ taskId: locator(s.task().id) }),
		({ json, seed }) => expect(json[0].id).toBe(seed.task().id),
	),
	implied(
		'task',
		'getAll',
		'GET /tasks',
		() => ({ returnAll: true, filters: { status: 'todo' } }),
		({ json, sim }) =>
			sameIds(
				json,
				state(sim, 'tasks')
					.filter((t) => t.status === 'todo')
					.map((t) => t.id),
			),
	),
	{
		resource: 'task',
		operation: 'update',
		parameters: (s) => ({ taskId: locator(s.task().id), updateFields: { priority: 'high' } }),
		expect: both(works(({ json }) => expect(json[0]).toMatchObject({ priority: 'high' }))),
	},

	// ---------------------------------------------------------------- Workspace
	{
		resource: 'workspace',
		operation: 'getConnectedAccounts',
		parameters: () => ({ returnAll: true }),
		expect: both(
			works(({ json, sim }) => expect(json).toHaveLength(sim.state.connectedAccounts.size)),
		),
	},
	{
		resource: 'workspace',
		operation: 'getMembers',
		parameters: () => ({ returnAll: true }),
		expect: both(works(({ json, sim }) => expect(json).toHaveLength(sim.state.members.size))),
	},
];
