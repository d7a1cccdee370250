import { defineResource } from '../resource';
import { operation as archive } from './archive.operation';
import { operation as create } from './create.operation';
import { operation as findOrCreate } from './findOrCreate.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as update } from './update.operation';

export const company = defineResource({
	value: 'company',
	label: 'Company',
	summary: 'Client and prospect companies, found or created by name.',
	defaultOperation: 'getAll',
	operations: [archive, create, findOrCreate, get, getAll, update],
});
