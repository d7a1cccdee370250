import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { fileIdProperty, getFileId, getParent, parentProperties } from './parent';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [...parentProperties, fileIdProperty, optionsCollection()];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, {
		contact: ENDPOINTS.contactFileDelete,
		project: ENDPOINTS.projectFileDelete,
	});
	const fileId = getFileId.call(this, i);
	await leonarApiRequest.call(this, parent.endpoint, {
		pathParams: { id: parent.id, fileId },
		recordId: fileId,
		itemIndex: i,
	});
	return toItems.call(this, { id: fileId, [`${parent.kind}_id`]: parent.id, deleted: true }, i);
}

export const operation = defineOperation({
	value: 'delete',
	label: 'Delete',
	action: 'Delete a file',
	summary: 'Delete a file attached to a contact or a project.',
	endpoints: {
		'contact files': [ENDPOINTS.contactFileDelete],
		'project files': [ENDPOINTS.projectFileDelete],
	},
	concurrent: 'write',
	properties,
	execute,
});
