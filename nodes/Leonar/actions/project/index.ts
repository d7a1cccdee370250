import { defineResource } from '../resource';
import { operation as create } from './create.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as update } from './update.operation';

export const project = defineResource({
	value: 'project',
	label: 'Project',
	summary: 'Recruiting projects (job openings) with their pipeline stages.',
	defaultOperation: 'getAll',
	operations: [create, get, getAll, update],
});
