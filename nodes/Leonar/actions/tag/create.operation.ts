import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { TAG_SCOPES } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the tag (up to 100 characters)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Color',
				name: 'color',
				type: 'color',
				default: '#64748B',
				description: 'Hex color such as #10B981',
			},
			{
				displayName: 'Scope',
				name: 'scope',
				type: 'options',
				options: TAG_SCOPES,
				default: 'global',
				description:
					'Which records the tag is meant for; Global tags apply to every kind of record',
			},
		],
	},
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const name = requireText.call(this, this.getNodeParameter('name', i), 'Name', i, 100);
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	let color: string | undefined;
	if (fields.color !== undefined && fields.color !== '') {
		color = String(fields.color).trim();
		if (!color.startsWith('#')) color = `#${color}`;
		if (!/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color)) {
			throw new NodeOperationError(
				this.getNode(),
				`"Color" must be a hex color such as #10B981, got "${String(fields.color)}"`,
				{
					itemIndex: i,
				},
			);
		}
	}
	const scope = fields.scope;
	if (scope !== undefined && !TAG_SCOPES.some((s) => s.value === scope)) {
		throw new NodeOperationError(
			this.getNode(),
			`"Scope" must be one of ${TAG_SCOPES.map((s) => s.value).join(', ')}, got "${String(scope)}"`,
			{
				itemIndex: i,
			},
		);
	}
	const tag = await leonarApiRequest.call(this, ENDPOINTS.tagCreate, {
		body: compact({ name, color, scope }),
		itemIndex: i,
	});
	return toItems.call(this, tag, i);
}

export const operation = defineOperation({
	value: 'create',
	label: 'Create',
	action: 'Create a tag',
	summary: 'Create a new tag with a color and a scope.',
	endpoints: [ENDPOINTS.tagCreate],
	concurrent: 'create',
	properties,
	execute,
});
