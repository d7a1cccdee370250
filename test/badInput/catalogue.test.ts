/* eslint-disable @n8n/community-nodes/no-restricted-globals */
/**
 * The bad-input catalogue: values a workflow can feed the node, each the way n8n feeds it —
 * typed into the parameter (literal), resolved from an expression (`={{ $json.x }}` with the
 * value in the input item), or a whole non-text value handed over by an upstream node. Each
 * case either fails with a NodeOperationError that names the field and the item before any
 * request is sent, or is a documented normalisation (docs/bad-input.md) whose exact value on
 * the wire is asserted here.
 */
import type { IBinaryKeyData, IDataObject, INodeParameters } from 'n8n-workflow';

import type { LogEntry } from '../simulator';
import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

type Feed = 'literal' | 'expression' | 'upstream';

interface Refused {
	/** Text the error message must contain (the field as the user sees it). */
	error: string | RegExp;
	/** Reads allowed before the refusal (e.g. loading the custom-field definitions). */
	reads?: RegExp;
}

/** A literal value n8n itself refuses before the node runs (the editor marks the field). */
interface RefusedByN8n {
	n8n: string;
}

interface Normalised {
	/** The request that must carry the normalised value. */
	wire: { method: string; path: RegExp };
	/** What the request's body (or query, for a GET) must contain. */
	sends: IDataObject;
	/** Sent unchanged on purpose, and Leonar's answer (a clear 400) is what the user sees. */
	leonarSays?: string;
}

interface Case {
	name: string;
	feed: Feed;
	parameters: () => INodeParameters;
	/** The input item (the value an expression or upstream node provides). */
	input?: IDataObject;
	binary?: IBinaryKeyData;
	/** The credential's Base URL, when the case is about it (typed into the credential). */
	baseUrl?: () => string;
	expect: Refused | RefusedByN8n | Normalised;
}

const UUID_A = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';
const contact = () =>
	[...t.sim.state.contacts.values()].find(
		(c) => !c.archived_at && c.global_status !== 'do_not_contact',
	)!;
const deal = () => [...t.sim.state.deals.values()].find((d) => !d.archived_at)!;
const task = () => [...t.sim.state.tasks.values()][0];
const sequence = () => [...t.sim.state.sequences.values()][1];
const app = (path: string) => `https://app.leonar.app/dashboard/${path}`;
const huge = 'x'.repeat(100_000);

const createContact = (extra: IDataObject = {}, firstName: unknown = 'Ada'): INodeParameters =>
	({ resource: 'contact', operation: 'create', firstName, ...extra }) as INodeParameters;
const withFields = (fields: IDataObject) => createContact({ additionalFields: fields });
const updateTask = (fields: IDataObject): INodeParameters => ({
	resource: 'task',
	operation: 'update',
	taskId: locator(task().id),
	updateFields: fields as INodeParameters,
});
const getOf = (resource: string, value: string, mode: 'id' | 'url' = 'id'): INodeParameters => ({
	resource,
	operation: 'get',
	[`${resource}Id`]: locator(value, mode),
});
const customFieldsUi = (field: string, value: string) => ({
	customFieldsUi: { customFieldValues: [{ field, value }] },
});
const binary = (bytes: number): IBinaryKeyData => ({
	data: {
		data: Buffer.alloc(bytes, 1).toString('base64'),
		mimeType: 'application/pdf',
		fileName: 'cv.pdf',
	},
});
const contactCreate = { method: 'POST', path: /^\/contacts$/ };
const taskUpdate = { method: 'PUT', path: /^\/tasks\// };
const contactList = { method: 'GET', path: /^\/contacts$/ };

const CATALOGUE: Case[] = [
	// ── Ids that are not UUIDs ─────────────────────────────────────────────────────────────
	{
		name: 'contact get: id "abc"',
		feed: 'literal',
		parameters: () => getOf('contact', 'abc'),
		expect: { n8n: 'Not a Leonar id (UUID)' },
	},
	{
		name: 'contact get: id from item "12345"',
		feed: 'expression',
		parameters: () => getOf('contact', '={{ $json.id }}'),
		input: { id: '12345' },
		expect: { error: '"Contact" must be a Leonar id (a UUID), got 12345' },
	},
	{
		name: 'contact get: id is a number',
		feed: 'upstream',
		parameters: () => getOf('contact', '={{ $json.id }}'),
		input: { id: 12345 },
		expect: { error: '"Contact" must be a Leonar id (a UUID)' },
	},
	{
		name: 'company get: a name instead of an id',
		feed: 'literal',
		parameters: () => getOf('company', 'ACME Corp'),
		expect: { n8n: 'Not a Leonar id (UUID)' },
	},
	{
		name: 'deal get: id with a typo (35 hex chars)',
		feed: 'expression',
		parameters: () => getOf('deal', '={{ $json.id }}'),
		input: { id: UUID_A.slice(0, -1) },
		expect: { error: '"Deal" must be a Leonar id (a UUID)' },
	},
	{
		name: 'task get: empty id',
		feed: 'expression',
		parameters: () => getOf('task', '={{ $json.id }}'),
		input: { id: '' },
		expect: { error: '"Task" is required' },
	},
	{
		name: 'note get: id is an object',
		feed: 'upstream',
		parameters: () => getOf('note', '={{ $json.note }}'),
		input: { note: { id: UUID_A } },
		expect: { error: '"Note" must be a Leonar id (a UUID)' },
	},
	{
		name: 'sequence enroll: contact id "n/a"',
		feed: 'expression',
		parameters: () => ({
			resource: 'sequence',
			operation: 'enroll',
			sequenceId: locator(sequence().id),
			contactId: locator('={{ $json.contact }}'),
		}),
		input: { contact: 'n/a' },
		expect: { error: '"Contact" must be a Leonar id (a UUID), got n/a' },
	},
	{
		name: 'contact get: upper-case id with spaces → trimmed, lower-cased',
		feed: 'expression',
		parameters: () => getOf('contact', '={{ $json.id }}'),
		input: { id: '' },
		expect: { wire: { method: 'GET', path: /^\/contacts\/[0-9a-f-]{36}$/ }, sends: {} },
	},

	// ── Leonar URLs of the wrong kind, or not Leonar ───────────────────────────────────────
	{
		name: 'contact get: link to a company',
		feed: 'literal',
		parameters: () => getOf('contact', app(`companies/${UUID_A}`), 'url'),
		expect: { n8n: 'Not a Leonar link to a contact' },
	},
	{
		name: 'company get: link to a deal',
		feed: 'expression',
		parameters: () => getOf('company', '={{ $json.url }}', 'url'),
		input: { url: app(`deals/${UUID_A}`) },
		expect: { error: '"Company": the link does not point to a company' },
	},
	{
		name: 'project get: link to a contact, pasted in By ID',
		feed: 'literal',
		parameters: () => getOf('project', app(`contacts/${UUID_A}`)),
		expect: { n8n: 'Not a Leonar id (UUID)' },
	},
	{
		name: 'contact get: look-alike host',
		feed: 'expression',
		parameters: () => getOf('contact', '={{ $json.url }}', 'url'),
		input: { url: `https://leonar.app.evil.example/contacts/${UUID_A}` },
		expect: { error: '"Contact" must be a Leonar link (https://app.leonar.app/...)' },
	},

	// ── Emails ─────────────────────────────────────────────────────────────────────────────
	{
		name: 'contact create: email "not-an-email"',
		feed: 'literal',
		parameters: () => withFields({ email: 'not-an-email' }),
		expect: { error: '"Email" is not a valid email address: not-an-email' },
	},
	{
		name: 'contact create: email "jane@" from the item',
		feed: 'expression',
		parameters: () => withFields({ email: '={{ $json.email }}' }),
		input: { email: 'jane@' },
		expect: { error: '"Email" is not a valid email address: jane@' },
	},
	{
		name: 'contact create: email is a number',
		feed: 'upstream',
		parameters: () => withFields({ email: '={{ $json.email }}' }),
		input: { email: 42 },
		expect: { error: '"Email" is not a valid email address: 42' },
	},
	{
		name: 'contact create: two addresses in one field',
		feed: 'expression',
		parameters: () => withFields({ email: '={{ $json.email }}' }),
		input: { email: 'a@example.com, b@example.com' },
		expect: { error: '"Email" is not a valid email address' },
	},
	{
		name: 'contact create: 300-character email',
		feed: 'expression',
		parameters: () => withFields({ email: '={{ $json.email }}' }),
		input: { email: `${'a'.repeat(288)}@example.com` },
		expect: { error: '"Email" is too long: 300 characters, at most 254' },
	},
	{
		name: 'contact create: email with spaces around → trimmed',
		feed: 'expression',
		parameters: () => withFields({ email: '={{ $json.email }}' }),
		input: { email: '  Jane.Doe@Example.com ' },
		expect: { wire: contactCreate, sends: { email: 'Jane.Doe@Example.com' } },
	},

	// ── Empty required fields ──────────────────────────────────────────────────────────────
	{
		name: 'contact create: First Name empty',
		feed: 'literal',
		parameters: () => createContact({}, ''),
		expect: { n8n: 'Parameter "First Name" is required.' },
	},
	{
		name: 'contact create: First Name only spaces',
		feed: 'literal',
		parameters: () => createContact({}, '   '),
		expect: { error: '"First Name" is required and must be text' },
	},
	{
		name: 'contact create: First Name from a missing key',
		feed: 'expression',
		parameters: () => createContact({}, '={{ $json.first }}'),
		input: { firstName: 'Ada' },
		expect: { error: '"First Name" is required and must be text' },
	},
	{
		name: 'task create: Title empty',
		feed: 'expression',
		parameters: () => ({ resource: 'task', operation: 'create', title: '={{ $json.title }}' }),
		input: { title: '' },
		expect: { error: '"Title" is required and must be text' },
	},
	{
		name: 'tag create: Name null',
		feed: 'upstream',
		parameters: () => ({ resource: 'tag', operation: 'create', name: '={{ $json.name }}' }),
		input: { name: null },
		expect: { error: '"Name" is required and must be text' },
	},
	{
		name: 'note create: Content empty',
		feed: 'literal',
		parameters: () => ({
			resource: 'note',
			operation: 'create',
			contactId: locator(contact().id),
			content: '',
		}),
		expect: { n8n: 'Parameter "Content" is required.' },
	},

	// ── Wrong types ────────────────────────────────────────────────────────────────────────
	{
		name: 'contact create: First Name is an object',
		feed: 'upstream',
		parameters: () => createContact({}, '={{ $json.name }}'),
		input: { name: { first: 'Ada' } },
		expect: { error: '"First Name" is required and must be text' },
	},
	{
		name: 'contact create: Tags is an object',
		feed: 'upstream',
		parameters: () => withFields({ tags: '={{ $json.tags }}' }),
		input: { tags: { a: 1 } },
		expect: { error: '"Tags" must be a list of text values' },
	},
	{
		name: 'contact create: Skills holds objects',
		feed: 'upstream',
		parameters: () => withFields({ skills: '={{ $json.skills }}' }),
		input: { skills: [{ name: 'Go' }] },
		expect: { error: '"Skills" must contain text values only' },
	},
	{
		name: 'deal update: Amount "lots"',
		feed: 'expression',
		parameters: () => ({
			resource: 'deal',
			operation: 'update',
			dealId: locator(deal().id),
			updateFields: { amount: '={{ $json.amount }}' },
		}),
		input: { amount: 'lots' },
		expect: { error: '"Amount"' },
	},
	{
		name: 'contact create: First Name is a number → sent as text',
		feed: 'upstream',
		parameters: () => createContact({}, '={{ $json.name }}'),
		input: { name: 42 },
		expect: { wire: contactCreate, sends: { first_name: '42' } },
	},
	{
		name: 'contact create: Tags as an array with blanks → trimmed, blanks dropped',
		feed: 'upstream',
		parameters: () => withFields({ tags: '={{ $json.tags }}' }),
		input: { tags: [' vip ', '', 'go'] },
		expect: { wire: contactCreate, sends: { tags: ['vip', 'go'] } },
	},
	{
		name: 'contact create: Tags as comma-separated text → list',
		feed: 'literal',
		parameters: () => withFields({ tags: 'vip, go ,' }),
		expect: { wire: contactCreate, sends: { tags: ['vip', 'go'] } },
	},

	// ── Malformed JSON in JSON fields ──────────────────────────────────────────────────────
	{
		name: 'contact create: Custom Data "{bad json"',
		feed: 'literal',
		parameters: () => withFields({ customData: '{bad json' }),
		expect: { error: '"Custom Data (JSON)" is not valid JSON' },
	},
	{
		name: 'contact create: Custom Data is a JSON array',
		feed: 'expression',
		parameters: () => withFields({ customData: '={{ $json.data }}' }),
		input: { data: '[1, 2]' },
		expect: { error: '"Custom Data (JSON)" must be a JSON object' },
	},
	{
		name: 'sourcing search: LinkedIn Location IDs "Paris"',
		feed: 'literal',
		parameters: () => ({
			resource: 'sourcing',
			operation: 'search',
			projectId: locator([...t.sim.state.projects.values()][0].id),
			sourceType: 'leonar_source',
			filters: { locationIds: 'Paris' },
		}),
		expect: { error: '"LinkedIn Location IDs" must hold LinkedIn geo IDs' },
	},
	{
		name: 'contact create: Custom Data as an object from upstream → sent as is',
		feed: 'upstream',
		parameters: () => withFields({ customData: '={{ $json.data }}' }),
		input: { data: { seniority: 'senior' } },
		expect: { wire: contactCreate, sends: { custom_data: { seniority: 'senior' } } },
	},

	// ── Huge strings ───────────────────────────────────────────────────────────────────────
	{
		name: 'contact create: 100k-character First Name',
		feed: 'expression',
		parameters: () => createContact({}, '={{ $json.name }}'),
		input: { name: huge },
		expect: { error: '"First Name" is too long: 100000 characters, at most 100' },
	},
	{
		name: 'contact create: 100k-character Job Title',
		feed: 'expression',
		parameters: () => withFields({ title: '={{ $json.title }}' }),
		input: { title: huge },
		expect: { error: '"Title" is too long: 100000 characters, at most 255' },
	},
	{
		name: 'company create: 100k-character Name',
		feed: 'expression',
		parameters: () => ({ resource: 'company', operation: 'create', name: '={{ $json.name }}' }),
		input: { name: huge },
		expect: { error: /"Name" is too long: 100000 characters, at most \d+/ },
	},
	{
		name: 'task update: 100k-character Description',
		feed: 'expression',
		parameters: () => updateTask({ description: '={{ $json.text }}' }),
		input: { text: huge },
		expect: { error: '"Description" is too long: 100000 characters, at most 5000' },
	},
	{
		name: 'note create: 100k-character Content',
		feed: 'expression',
		parameters: () => ({
			resource: 'note',
			operation: 'create',
			contactId: locator(contact().id),
			content: '={{ $json.text }}',
		}),
		input: { text: huge },
		expect: { error: /"Content" is too long: 100000 characters, at most \d+/ },
	},

	// ── Unknown custom-field keys ──────────────────────────────────────────────────────────
	{
		name: 'contact create: Custom Fields "shoe_size" (not defined)',
		feed: 'literal',
		parameters: () => withFields(customFieldsUi('shoe_size', '42')),
		expect: {
			error: '"Custom Fields": the contact custom field "shoe_size" does not exist',
			reads: /^\/contacts\/custom-fields$/,
		},
	},
	{
		name: 'company create: Custom Fields "Seniority" (a contact field)',
		feed: 'expression',
		parameters: () => ({
			resource: 'company',
			operation: 'create',
			name: 'ACME',
			additionalFields: customFieldsUi('={{ $json.field }}', 'senior'),
		}),
		input: { field: 'Seniority' },
		expect: {
			error: '"Custom Fields": the company custom field "Seniority" does not exist',
			reads: /^\/companies\/custom-fields$/,
		},
	},
	{
		name: 'contact create: Custom Fields select value not an option',
		feed: 'expression',
		parameters: () => withFields(customFieldsUi('seniority', '={{ $json.level }}')),
		input: { level: 'guru' },
		expect: {
			error: '"Custom Fields › Seniority" must be one of its options, got "guru"',
			reads: /^\/contacts\/custom-fields$/,
		},
	},
	{
		name: 'contact create: Custom Data (JSON) with an unknown key → passed to Leonar unchanged',
		feed: 'upstream',
		parameters: () => withFields({ customData: '={{ $json.data }}' }),
		input: { data: { shoe_size: 42 } },
		expect: {
			wire: contactCreate,
			sends: { custom_data: { shoe_size: 42 } },
			leonarSays: 'Leonar rejected the request: custom_data.shoe_size: Unknown custom field',
		},
	},

	// ── Dates in odd formats and time zones ────────────────────────────────────────────────
	{
		name: 'task update: Due Date "31/12/2026"',
		feed: 'literal',
		parameters: () => updateTask({ dueDate: '31/12/2026' }),
		expect: { error: '"Due Date" is not a date: 31/12/2026' },
	},
	{
		name: 'task update: Due Date "2026-13-01"',
		feed: 'expression',
		parameters: () => updateTask({ dueDate: '={{ $json.due }}' }),
		input: { due: '2026-13-01' },
		expect: { error: '"Due Date" is not a date: 2026-13-01' },
	},
	{
		name: 'task update: Due Date "2026-02-30"',
		feed: 'expression',
		parameters: () => updateTask({ dueDate: '={{ $json.due }}' }),
		input: { due: '2026-02-30' },
		expect: { error: '"Due Date" is not a date: 2026-02-30' },
	},
	{
		name: 'deal update: Expected Close Date "next week"',
		feed: 'expression',
		parameters: () => ({
			resource: 'deal',
			operation: 'update',
			dealId: locator(deal().id),
			updateFields: { expectedCloseDate: '={{ $json.when }}' },
		}),
		input: { when: 'next week' },
		expect: { error: '"Expected Close Date" is not a date: next week' },
	},
	{
		name: 'task update: Due Date "2026-03-31T23:30:00-05:00" → the calendar day as written',
		feed: 'expression',
		parameters: () => updateTask({ dueDate: '={{ $json.due }}' }),
		input: { due: '2026-03-31T23:30:00-05:00' },
		expect: { wire: taskUpdate, sends: { due_date: '2026-03-31' } },
	},
	{
		name: 'task update: Due Date as a Unix timestamp in seconds → its UTC day',
		feed: 'upstream',
		parameters: () => updateTask({ dueDate: '={{ $json.due }}' }),
		input: { due: 1798675200 },
		expect: { wire: taskUpdate, sends: { due_date: '2026-12-31' } },
	},
	{
		name: 'task update: Due Date as a Unix timestamp in milliseconds → its UTC day',
		feed: 'upstream',
		parameters: () => updateTask({ dueDate: '={{ $json.due }}' }),
		input: { due: 1798675200000 },
		expect: { wire: taskUpdate, sends: { due_date: '2026-12-31' } },
	},
	{
		name: 'contact getAll: Updated Since "2026-03-31T23:30:00-05:00" → the instant in UTC',
		feed: 'expression',
		parameters: () => ({
			resource: 'contact',
			operation: 'getAll',
			limit: 5,
			filters: { updatedSince: '={{ $json.since }}' },
		}),
		input: { since: '2026-03-31T23:30:00-05:00' },
		expect: { wire: contactList, sends: { updated_at: 'gte.2026-04-01T04:30:00.000Z' } },
	},
	{
		name: 'contact getAll: Created After "2026-03-31 08:00" (no zone) → that day',
		feed: 'literal',
		parameters: () => ({
			resource: 'contact',
			operation: 'getAll',
			limit: 5,
			filters: { createdAfter: '2026-03-31 08:00' },
		}),
		expect: { wire: contactList, sends: { created_after: '2026-03-31' } },
	},

	// ── Binary data ────────────────────────────────────────────────────────────────────────
	{
		name: 'file upload: binary property missing',
		feed: 'upstream',
		parameters: () => ({
			resource: 'file',
			operation: 'upload',
			parent: 'contact',
			contactId: locator(contact().id),
			binaryPropertyName: 'resume',
		}),
		binary: binary(10),
		expect: { error: 'Input item 0 has no binary property "resume"' },
	},
	{
		name: 'file upload: binary property name from the item, missing',
		feed: 'expression',
		parameters: () => ({
			resource: 'file',
			operation: 'upload',
			parent: 'contact',
			contactId: locator(contact().id),
			binaryPropertyName: '={{ $json.field }}',
		}),
		input: { field: 'cv' },
		expect: { error: 'Input item 0 has no binary property "cv"' },
	},
	{
		name: 'file upload: 10 MB + 1 byte',
		feed: 'upstream',
		parameters: () => ({
			resource: 'file',
			operation: 'upload',
			parent: 'contact',
			contactId: locator(contact().id),
			binaryPropertyName: 'data',
		}),
		binary: binary(10 * 1024 * 1024 + 1),
		expect: { error: 'is too large: 10.0 MB, Leonar takes at most 10 MB' },
	},

	// ------------------------------------------------------------ the credential's Base URL
	{
		name: 'credential Base URL with a query string (…/api/v1?workspace=1)',
		feed: 'literal',
		parameters: () => getOf('contact', contact().id),
		baseUrl: () => `${t.sim.url}?workspace=1`,
		expect: { error: 'The Base URL in the Leonar credential must not contain a query string' },
	},
	{
		name: 'credential Base URL with a fragment (…/api/v1#x)',
		feed: 'literal',
		parameters: () => getOf('contact', contact().id),
		baseUrl: () => `${t.sim.url}#x`,
		expect: { error: 'The Base URL in the Leonar credential must not contain a fragment' },
	},
	{
		name: 'credential Base URL without the API version (no /api/v1)',
		feed: 'literal',
		parameters: () => getOf('contact', contact().id),
		baseUrl: () => t.sim.baseUrl,
		expect: {
			error: 'The Base URL in the Leonar credential does not end in the API version (/api/v1)',
		},
	},
	{
		name: 'credential Base URL over plain http to another host',
		feed: 'literal',
		parameters: () => getOf('contact', contact().id),
		baseUrl: () => 'http://leonar.example.com/api/v1',
		expect: { error: 'The Base URL in the Leonar credential must use https' },
	},
];

// The id case needs the seeded id, in upper case with spaces, which only exists after reset.
const spaced = CATALOGUE.find((c) => c.name.startsWith('contact get: upper-case id'))!;

const counts: Record<Feed, number> = { literal: 0, expression: 0, upstream: 0 };
afterAll(() => {
	for (const c of CATALOGUE) counts[c.feed]++;
	process.stdout.write(
		`\ncatalogue: ${CATALOGUE.length} cases (literal ${counts.literal}, expression ${counts.expression}, upstream ${counts.upstream}; ` +
			`${CATALOGUE.filter((c) => 'error' in c.expect).length} refused by the node, ${CATALOGUE.filter((c) => 'n8n' in c.expect).length} by n8n, ` +
			`${CATALOGUE.filter((c) => 'wire' in c.expect).length} normalised or passed on)\n`,
	);
});

const writesOrUnexpected = (calls: LogEntry[], reads?: RegExp) =>
	calls.filter((call) => !(reads && call.method === 'GET' && reads.test(call.path)));

describe('bad-input catalogue', () => {
	it('has at least 40 cases, fed all three ways', () => {
		expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
		for (const feed of ['literal', 'expression', 'upstream'] as Feed[]) {
			expect(CATALOGUE.filter((c) => c.feed === feed).length).toBeGreaterThanOrEqual(5);
		}
	});

	it.each(CATALOGUE.map((c) => [`${c.feed}: ${c.name}`, c] as const))('%s', async (_name, c) => {
		let input = c.input;
		if (c === spaced) {
			const id = String(contact().id);
			input = { id: `  ${id.toUpperCase()} ` };
			(c.expect as Normalised).wire.path = new RegExp(`^/contacts/${id}$`);
		}
		const result = await t.run(c.parameters(), {
			input: input ? [input] : undefined,
			binary: c.binary ? [c.binary] : undefined,
			baseUrl: c.baseUrl?.(),
		});
		if ('n8n' in c.expect) {
			expect(result.error?.name).toBe('WorkflowHasIssuesError');
			expect(result.error?.message).toContain(c.expect.n8n);
			expect(t.calls()).toEqual([]);
		} else if ('error' in c.expect) {
			expect(result.error?.name).toBe('NodeOperationError');
			if (typeof c.expect.error === 'string')
				expect(result.error?.message).toContain(c.expect.error);
			else expect(result.error?.message).toMatch(c.expect.error);
			// It names the item.
			expect(result.error?.context?.itemIndex).toBe(0);
			expect(writesOrUnexpected(t.calls(), c.expect.reads)).toEqual([]);
		} else {
			const { wire, sends, leonarSays } = c.expect;
			if (leonarSays) expect(result.error?.message).toBe(leonarSays);
			else expect(result.error).toBeUndefined();
			const calls = t.calls(wire.method, wire.path);
			expect(calls).toHaveLength(1);
			expect(wire.method === 'GET' ? calls[0].query : calls[0].body).toMatchObject(sends);
		}
	});

	it('Continue On Fail: a bad item among good ones gets its own paired error, the others go on', async () => {
		const result = await t.run(
			createContact({ additionalFields: { email: '={{ $json.email }}' } }, '={{ $json.name }}'),
			{
				continueOnFail: true,
				input: [
					{ name: 'Ada', email: 'ada@example.com' },
					{ name: 'Bob', email: 'bob@' },
					{ name: huge, email: 'carl@example.com' },
					{ name: 'Dee', email: 'dee@example.com' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2, 3].map((item) => ({ item })),
		);
		const json = jsonOf(result);
		expect(json[0].first_name).toBe('Ada');
		expect(json[1].error).toBe('"Email" is not a valid email address: bob@');
		expect(json[2].error).toBe('"First Name" is too long: 100000 characters, at most 100');
		expect(json[3].first_name).toBe('Dee');
		// Only the good items reached Leonar.
		expect(t.calls('POST', '/contacts').map((c) => (c.body as IDataObject).first_name)).toEqual([
			'Ada',
			'Dee',
		]);
	});

	it('Continue On Fail in a batch: the bad item gets its error, the others are enrolled in one call', async () => {
		const contacts = t.sim.seedContacts(3).map((c) => String(c.id));
		const s = String(sequence().id);
		const result = await t.run(
			{
				resource: 'sequence',
				operation: 'enroll',
				sequenceId: locator('={{ $json.sequence }}'),
				contactId: locator('={{ $json.contact }}'),
			},
			{
				continueOnFail: true,
				input: [
					{ sequence: s, contact: contacts[0] },
					{ sequence: s, contact: 'not-a-contact' },
					{ sequence: s, contact: contacts[1] },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2].map((item) => ({ item })),
		);
		expect(jsonOf(result)[1].error).toBe(
			'"Contact" must be a Leonar id (a UUID), got not-a-contact',
		);
		expect(t.calls('POST', `/sequences/${s}/enroll`).map((c) => c.body)).toEqual([
			{ contact_ids: [contacts[0], contacts[1]] },
		]);
	});
});
