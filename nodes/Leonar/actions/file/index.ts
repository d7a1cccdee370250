import type { INodeProperties } from 'n8n-workflow';

import * as deleteFile from './delete.operation';
import * as download from './download.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export { deleteFile as delete, download, getAll, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a file',
				description: 'Delete a file attached to a contact or a project. Needs scope contacts:write (contact files) or projects:write (project files).',
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a file',
				description: 'Download a file of a contact or a project into a binary property of the output item. Needs scope contacts:read (contact files) or projects:read (project files).',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many files',
				description: 'List the files attached to a contact or a project (names, types, sizes, IDs). Needs scope contacts:read (contact files) or projects:read (project files).',
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file',
				description: 'Attach a file (e.g. a CV, at most 10 MB) from a binary property of the input item to a contact or a project. Needs scope contacts:write (contact files) or projects:write (project files).',
			},
		],
		default: 'upload',
	},
	...deleteFile.description,
	...download.description,
	...getAll.description,
	...upload.description,
];
