import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { toItems } from '../../helpers/utils';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { getParent, MAX_FILE_BYTES, parentProperties } from './parent';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...parentProperties,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to be uploaded',
		description:
			'Name of the binary property of the input item that holds the file (at most 10 MB)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Content Type',
				name: 'contentType',
				type: 'string',
				default: '',
				placeholder: 'application/pdf',
				description: "MIME type to store; by default the binary data's own MIME type",
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'cv-jane-doe.pdf',
				description:
					"Name to store the file under (up to 255 characters); by default the binary data's file name",
			},
		],
	},
	optionsCollection(),
];

function binaryOf(ctx: IExecuteFunctions, i: number, property: string): IBinaryData {
	try {
		return ctx.helpers.assertBinaryData(i, property);
	} catch {
		const available = Object.keys(ctx.getInputData()[i]?.binary ?? {});
		throw new NodeOperationError(
			ctx.getNode(),
			`Input item ${i} has no binary property "${property}"`,
			{
				itemIndex: i,
				description: available.length
					? `Its binary properties are: ${available.join(', ')}. Set "Input Binary Field" to one of them.`
					: 'The item carries no file at all. Read the file first (e.g. with "Read/Write Files from Disk" or an HTTP Request that downloads it), then set "Input Binary Field" to the property that holds it.',
			},
		);
	}
}

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const parent = getParent.call(this, i, {
		contact: ENDPOINTS.contactFileUpload,
		project: ENDPOINTS.projectFileUpload,
	});
	const property = requireText.call(
		this,
		this.getNodeParameter('binaryPropertyName', i, 'data'),
		'Input Binary Field',
		i,
	);
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const binary = binaryOf(this, i, property);

	const rawName =
		(additionalFields.fileName as string) ||
		binary.fileName ||
		`file.${binary.fileExtension ?? 'bin'}`;
	const filename = requireText.call(this, rawName, 'File Name', i, 255);
	const contentType = (
		(additionalFields.contentType as string) ||
		binary.mimeType ||
		'application/octet-stream'
	).trim();

	if (binary.bytes !== undefined && binary.bytes > MAX_FILE_BYTES)
		throw tooLarge(this, i, property, binary.bytes);
	const buffer = await this.helpers.getBinaryDataBuffer(i, property);
	if (buffer.length > MAX_FILE_BYTES) throw tooLarge(this, i, property, buffer.length);
	if (buffer.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`The file in binary property "${property}" of input item ${i} is empty`,
			{
				itemIndex: i,
			},
		);
	}

	const file = await leonarApiRequest.call(this, parent.endpoint, {
		pathParams: { id: parent.id },
		body: { filename, content_type: contentType, file_base64: buffer.toString('base64') },
		itemIndex: i,
	});
	return toItems.call(this, file, i);
}

function tooLarge(
	ctx: IExecuteFunctions,
	i: number,
	property: string,
	bytes: number,
): NodeOperationError {
	const mb = (bytes / 1024 / 1024).toFixed(1);
	return new NodeOperationError(
		ctx.getNode(),
		`The file in binary property "${property}" of input item ${i} is too large: ${mb} MB, Leonar takes at most 10 MB`,
		{
			itemIndex: i,
			description: 'Compress the file or split it before uploading.',
		},
	);
}

export const operation = defineOperation({
	value: 'upload',
	label: 'Upload',
	action: 'Upload a file',
	summary:
		'Attach a file (e.g. a CV, at most 10 MB) from a binary property of the input item to a contact or a project.',
	endpoints: {
		'contact files': [ENDPOINTS.contactFileUpload],
		'project files': [ENDPOINTS.projectFileUpload],
	},
	concurrent: 'create',
	properties,
	execute,
});
