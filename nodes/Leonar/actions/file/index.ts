import { defineResource } from '../resource';
import { operation as del } from './delete.operation';
import { operation as download } from './download.operation';
import { operation as getAll } from './getAll.operation';
import { operation as upload } from './upload.operation';

export const file = defineResource({
	value: 'file',
	label: 'File',
	summary:
		'Documents such as CVs attached to contacts or projects: upload, list, download, delete.',
	defaultOperation: 'upload',
	operations: [del, download, getAll, upload],
});
