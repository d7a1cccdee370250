import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common';
import { returnList } from '../../helpers/operations';
import { ENDPOINTS } from '../../transport/endpoints';
import { getParent, parentProperties } from './parent';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...parentProperties,
	...returnAllOrLimit,
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, {
		contact: ENDPOINTS.contactFileList,
		project: ENDPOINTS.projectFileList,
	});
	return await returnList.call(this, parent.endpoint, i, { pathParams: { id: parent.id } });
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many files',
	summary: 'List the files attached to a contact or a project (names, types, sizes, IDs).',
	endpoints: {
		'contact files': [ENDPOINTS.contactFileList],
		'project files': [ENDPOINTS.projectFileList],
	},
	concurrent: 'read',
	properties,
	execute,
});
