import { defineResource } from '../resource';
import { operation as addToContact } from './addToContact.operation';
import { operation as create } from './create.operation';
import { operation as getAll } from './getAll.operation';
import { operation as removeFromContact } from './removeFromContact.operation';

export const tag = defineResource({
	value: 'tag',
	label: 'Tag',
	summary: 'Workspace tags, and tagging contacts.',
	defaultOperation: 'getAll',
	operations: [addToContact, create, getAll, removeFromContact],
});
