import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplifyField,
	sortOption,
} from '../../descriptions/common';
import { compact } from '../../helpers/utils';
import { returnList } from '../../helpers/operations';
import { readRecordId, requireUuid } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { sequenceLocator } from '../../descriptions/locators';
import { SIMPLE_ENROLLMENT_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	sequenceLocator.property,
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

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, sequenceLocator, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const qs = compact({
		status: filters.status,
		contact_id: filters.contactId
			? requireUuid.call(this, filters.contactId, 'Contact ID', i)
			: undefined,
		sort,
	});
	return await returnList.call(
		this,
		ENDPOINTS.sequenceEnrollmentList,
		i,
		{ pathParams: { id }, qs },
		SIMPLE_ENROLLMENT_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'getEnrollments',
	label: 'Get Enrollments',
	action: 'Get the enrollments of a sequence',
	summary:
		'List the contacts enrolled in a sequence with their status (active, paused, finished, replied, bounced).',
	endpoints: [ENDPOINTS.sequenceEnrollmentList],
	concurrent: 'read',
	properties,
	execute,
});
