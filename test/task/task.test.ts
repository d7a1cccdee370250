import type { IDataObject } from 'n8n-workflow';

import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const MISSING = '3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70';

const tasks = () => [...t.sim.state.tasks.values()] as IDataObject[];
const member = (n = 0) => [...t.sim.state.members.keys()][n] as string;
const contact = () => [...t.sim.state.contacts.values()].find((c) => !c.archived_at) as IDataObject;

describe('task: create', () => {
	it('sends the task as the API spells it, with the due date as YYYY-MM-DD', async () => {
		const c = contact();
		const result = await t.run(
			{
				resource: 'task',
				operation: 'create',
				title: 'Call back',
				additionalFields: {
					type: 'call',
					priority: 'high',
					dueDate: '={{ DateTime.fromISO($json.due, { zone: "utc" }) }}',
					assignedTo: member(1),
					contactId: String(c.id),
					description: 'About the offer',
				},
			},
			{ input: [{ due: '2026-04-02T23:30:00Z' }] },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', '/tasks')[0].body).toEqual({
			title: 'Call back',
			type: 'call',
			priority: 'high',
			due_date: '2026-04-02',
			assigned_to: member(1),
			contact_id: c.id,
			description: 'About the offer',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			title: 'Call back',
			status: 'todo',
			due_date: '2026-04-02',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a bad due date and an unknown type before any request', async () => {
		const date = await t.run({
			resource: 'task',
			operation: 'create',
			title: 'X',
			additionalFields: { dueDate: '31/04/2026' },
		});
		expect(date.error?.message).toBe('"Due Date" is not a date: 31/04/2026');
		const type = await t.run({
			resource: 'task',
			operation: 'create',
			title: 'X',
			additionalFields: { type: '={{ "fax" }}' },
		});
		expect(type.error?.message).toMatch(/^"Type" must be one of call, email, .*got "fax"$/);
		expect(t.calls()).toHaveLength(0);
	});

	it('names the missing scope tasks:write', async () => {
		const result = await t.run(
			{ resource: 'task', operation: 'create', title: 'X' },
			{ key: 'tasks:read' },
		);
		expect(result.error?.message).toContain('tasks:write');
	});
});

describe('task: get', () => {
	it('reads one task by id, simplified on request', async () => {
		const task = tasks()[0];
		const result = await t.run({
			resource: 'task',
			operation: 'get',
			taskId: locator(String(task.id)),
			simplify: true,
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`GET /tasks/${task.id}`]);
		expect(jsonOf(result)[0]).toMatchObject({ id: task.id, title: task.title });
		expect(jsonOf(result)[0]).not.toHaveProperty('description');
	});

	it('says which task was not found', async () => {
		const result = await t.run({ resource: 'task', operation: 'get', taskId: locator(MISSING) });
		expect(result.error?.message).toBe(`Task ${MISSING} was not found in Leonar`);
	});
});

describe('task: getAll', () => {
	it('filters by status and a due-date range (two operators on due_date)', async () => {
		const result = await t.run({
			resource: 'task',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'todo', dueAfter: '2025-01-01', dueBefore: '2030-12-31' },
			options: { sort: 'due_date' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls('GET', '/tasks')[0].query).toEqual({
			status: 'todo',
			due_date: ['gte.2025-01-01', 'lte.2030-12-31'],
			sort: 'due_date',
			limit: '100',
			offset: '0',
		});
		const expected = tasks()
			.filter(
				(x) =>
					x.status === 'todo' &&
					x.due_date &&
					x.due_date >= '2025-01-01' &&
					x.due_date <= '2030-12-31',
			)
			.map((x) => x.id)
			.sort();
		expect(
			jsonOf(result)
				.map((x) => x.id)
				.sort(),
		).toEqual(expected);
		const dates = jsonOf(result).map((x) => String(x.due_date));
		expect([...dates].sort()).toEqual(dates);
	});

	it('filters by assignee and priority, up to Limit', async () => {
		const result = await t.run({
			resource: 'task',
			operation: 'getAll',
			limit: 2,
			filters: { assignedTo: member(0), priority: 'high' },
		});
		expect(t.calls('GET', '/tasks')[0].query).toEqual({
			assigned_to: member(0),
			priority: 'high',
			limit: '2',
			offset: '0',
		});
		const expected = tasks().filter(
			(x) => x.assigned_to === member(0) && x.priority === 'high',
		).length;
		expect(jsonOf(result)).toHaveLength(Math.min(2, expected));
		for (const task of jsonOf(result))
			expect(task).toMatchObject({ assigned_to: member(0), priority: 'high' });
	});

	it('names the missing scope tasks:read', async () => {
		const result = await t.run({ resource: 'task', operation: 'getAll' }, { key: 'deals:read' });
		expect(result.error?.message).toContain('tasks:read');
	});
});

describe('task: update', () => {
	it('marks a task done and moves its due date', async () => {
		const task = tasks().find((x) => x.status === 'todo') as IDataObject;
		const result = await t.run({
			resource: 'task',
			operation: 'update',
			taskId: locator(`https://app.leonar.app/dashboard/acme/tasks?task=${String(task.id)}`, 'url'),
			updateFields: { status: 'done', dueDate: '2026-05-01' },
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => [c.method, c.path, c.body])).toEqual([
			['PUT', `/tasks/${task.id}`, { status: 'done', due_date: '2026-05-01' }],
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			id: task.id,
			status: 'done',
			completed_at: expect.any(String),
		});
	});

	it('refuses an assignee that is not a UUID before any request', async () => {
		const result = await t.run(
			{
				resource: 'task',
				operation: 'update',
				taskId: locator(String(tasks()[0].id)),
				updateFields: { assignedTo: '={{ $json.who }}' },
			},
			{ input: [{ who: 'claire' }] },
		);
		expect(result.error?.message).toBe('"Assigned To" must be a Leonar id (a UUID), got claire');
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(t.calls()).toHaveLength(0);
	});
});

describe('task: delete', () => {
	it('deletes (204) and returns what was deleted', async () => {
		const task = tasks()[0];
		const result = await t.run({
			resource: 'task',
			operation: 'delete',
			taskId: locator(String(task.id)),
		});
		expect(result.error).toBeUndefined();
		expect(t.calls().map((c) => `${c.method} ${c.path}`)).toEqual([`DELETE /tasks/${task.id}`]);
		expect(jsonOf(result)).toEqual([{ id: task.id, deleted: true }]);
		expect(t.sim.state.tasks.has(String(task.id))).toBe(false);
	});

	it('goes on with the other items under Continue On Fail, naming the missing task', async () => {
		const task = tasks()[0];
		const result = await t.run(
			{ resource: 'task', operation: 'delete', taskId: '={{ $json.id }}' },
			{ input: [{ id: MISSING }, { id: task.id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].error).toBe(`Task ${MISSING} was not found in Leonar`);
		expect(jsonOf(result)[1]).toEqual({ id: task.id, deleted: true });
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
