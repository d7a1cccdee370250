import type { INodeProperties } from 'n8n-workflow';

import * as enroll from './enroll.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getEnrollments from './getEnrollments.operation';
import * as unenroll from './unenroll.operation';

export { enroll, get, getAll, getEnrollments, unenroll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sequence'] } },
		options: [
			{
				name: 'Enroll Contact',
				value: 'enroll',
				action: 'Enroll contacts in a sequence',
				description:
					'Start the outreach sequence for the contact of each input item, with optional custom variables. Items for the same sequence are sent together (up to 500 per call); blacklisted, already enrolled or busy contacts are skipped, not failed. Needs scope sequences:write.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a sequence',
				description: 'Get one outreach sequence with its enrollment counts. Needs scope sequences:read.',
			},
			{
				name: 'Get Enrollments',
				value: 'getEnrollments',
				action: 'Get the enrollments of a sequence',
				description: 'List the contacts enrolled in a sequence with their status (active, paused, finished, replied, bounced). Needs scope sequences:read.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many sequences',
				description: 'List outreach sequences, filtered by status or name. Needs scope sequences:read.',
			},
			{
				name: 'Unenroll Contact',
				value: 'unenroll',
				action: 'Unenroll contacts from a sequence',
				description:
					'Stop the outreach sequence for the contact of each input item. Items for the same sequence are sent together (up to 500 per call). Needs scope sequences:write.',
			},
		],
		default: 'getAll',
	},
	...enroll.description,
	...get.description,
	...getAll.description,
	...getEnrollments.description,
	...unenroll.description,
];
