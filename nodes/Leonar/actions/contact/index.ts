import { defineResource } from '../resource';
import { operation as archive } from './archive.operation';
import { operation as create } from './create.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as search } from './search.operation';
import { operation as update } from './update.operation';
import { operation as upsert } from './upsert.operation';

export const contact = defineResource({
	value: 'contact',
	label: 'Contact',
	summary: 'Candidates, clients and prospects.',
	defaultOperation: 'getAll',
	operations: [archive, create, get, getAll, search, update, upsert],
});
