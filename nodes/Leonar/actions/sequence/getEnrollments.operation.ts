import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField, sortOption } from '../../descriptions/common';
import { compact, pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId, requireUuid } from '../../helpers/validation';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { sequenceLocator, SIMPLE_ENROLLMENT_FIELDS } from './locator';

const properties: INodeProperties[] = [
	sequenceLocator,
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Contact ID',
				name: 'contactId',
				type: 'string',
				default: '',
				description: 'Only the enrollment of this contact (its Leonar ID)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Bounced', value: 'bounced' },
					{ name: 'Finished', value: 'finished' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Replied', value: 'replied' },
				],
				default: 'active',
				description: 'Only enrollments in this status',
			},
		],
	},
	simplifyField(SIMPLE_ENROLLMENT_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Enrolled At', value: 'enrolled_at' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-enrolled_at',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['sequence'], operation: ['getEnrollments'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'sequenceId', i, 'Sequence', 'sequence');
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', i, 50) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		status: filters.status,
		contact_id: filters.contactId ? requireUuid.call(this, filters.contactId, 'Contact ID', i) : undefined,
		sort,
	});
	const enrollments = await leonarApiRequestAllItems.call(this, ENDPOINTS.sequenceEnrollmentList, {
		pathParams: { id },
		qs,
		limit,
		itemIndex: i,
	});
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? enrollments.map((e) => pick(e, SIMPLE_ENROLLMENT_FIELDS)) : enrollments, i);
}
