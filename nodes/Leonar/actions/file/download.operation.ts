import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { fileIdProperty, getFileId, getParent, parentProperties } from './parent';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...parentProperties,
	fileIdProperty,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		description: 'Name of the binary property of the output item that receives the file',
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, {
		contact: ENDPOINTS.contactFileGet,
		project: ENDPOINTS.projectFileGet,
	});
	const fileId = getFileId.call(this, i);
	const property = requireText.call(
		this,
		this.getNodeParameter('binaryPropertyName', i, 'data'),
		'Put Output File in Field',
		i,
	);
	const file = await leonarApiRequest.call(this, parent.endpoint, {
		pathParams: { id: parent.id, fileId },
		recordId: fileId,
		itemIndex: i,
	});
	const { file_base64: base64, ...metadata } = file;
	if (typeof base64 !== 'string') {
		throw new NodeOperationError(this.getNode(), `Leonar returned no content for file ${fileId}`, {
			itemIndex: i,
		});
	}
	const binary = await this.helpers.prepareBinaryData(
		Buffer.from(base64, 'base64'),
		typeof metadata.filename === 'string' ? metadata.filename : undefined,
		typeof metadata.content_type === 'string' ? metadata.content_type : undefined,
	);
	return [{ json: metadata, binary: { [property]: binary }, pairedItem: { item: i } }];
}

export const operation = defineOperation({
	value: 'download',
	label: 'Download',
	action: 'Download a file',
	summary: 'Download a file of a contact or a project into a binary property of the output item.',
	endpoints: {
		'contact files': [ENDPOINTS.contactFileGet],
		'project files': [ENDPOINTS.projectFileGet],
	},
	concurrent: 'read',
	properties,
	execute,
});
