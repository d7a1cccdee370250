import { defineResource } from '../resource';
import { operation as enroll } from './enroll.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as getEnrollments } from './getEnrollments.operation';
import { operation as unenroll } from './unenroll.operation';

export const sequence = defineResource({
	value: 'sequence',
	label: 'Sequence',
	summary: 'Outreach sequences: list them, enroll and unenroll contacts in bulk.',
	defaultOperation: 'getAll',
	operations: [enroll, get, getAll, getEnrollments, unenroll],
});
