import { defineResource } from '../resource';
import { operation as create } from './create.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as update } from './update.operation';

export const note = defineResource({
	value: 'note',
	label: 'Note',
	summary: 'Notes written on contacts, companies, deals and projects.',
	defaultOperation: 'getAll',
	operations: [create, get, getAll, update],
});
