import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readRecordId, requireUuid } from '../../helpers/validation';
import type { Endpoint } from '../../transport/endpoints';
import { contactLocator, projectLocator } from '../../descriptions/locators';

/** Leonar refuses files above 10 MB (decoded). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Which record the files belong to, and the locator of that record. */
export const parentProperties: INodeProperties[] = [
	{
		displayName: 'Attached To',
		name: 'parent',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Contact', value: 'contact', description: 'Files of a contact, e.g. a CV' },
			{
				name: 'Project',
				value: 'project',
				description: 'Files of a project, e.g. a job description',
			},
		],
		default: 'contact',
		description: 'Whether the files belong to a contact or to a project',
	},
	{
		...contactLocator.property,
		description: 'The contact the files belong to',
		displayOptions: { show: { parent: ['contact'] } },
	},
	{
		...projectLocator.property,
		description: 'The project the files belong to',
		displayOptions: { show: { parent: ['project'] } },
	},
];

export const fileIdProperty: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70',
	description: 'ID of the file, as the Get Many operation returns it',
};

export interface Parent {
	kind: 'contact' | 'project';
	id: string;
	/** The endpoint of this operation for files of that kind of record. */
	endpoint: Endpoint;
}

/** Reads the parent record of item i and picks this operation's endpoint for its kind. */
export function getParent(
	this: IExecuteFunctions,
	i: number,
	endpoints: { contact: Endpoint; project: Endpoint },
): Parent {
	const kind = this.getNodeParameter('parent', i, 'contact') as 'contact' | 'project';
	if (kind === 'project') {
		return { kind, id: readRecordId(this, projectLocator, i), endpoint: endpoints.project };
	}
	return {
		kind: 'contact',
		id: readRecordId(this, contactLocator, i),
		endpoint: endpoints.contact,
	};
}

export function getFileId(this: IExecuteFunctions, i: number): string {
	return requireUuid.call(this, this.getNodeParameter('fileId', i, ''), 'File ID', i);
}
