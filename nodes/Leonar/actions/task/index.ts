import { defineResource } from '../resource';
import { operation as create } from './create.operation';
import { operation as del } from './delete.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as update } from './update.operation';

export const task = defineResource({
	value: 'task',
	label: 'Task',
	summary: 'To-dos, calls, meetings and interviews with due dates and assignees.',
	defaultOperation: 'getAll',
	operations: [create, del, get, getAll, update],
});
