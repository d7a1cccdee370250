import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	optionsCollection,
	returnAllOrLimit,
	simplifyField,
	sortOption,
} from '../../descriptions/common';
import { readLimit } from '../../helpers/operations';
import { compact, pick, toItems } from '../../helpers/utils';
import { leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_PROJECT_FIELDS } from './fields';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description:
					"Text matched against the project name and client name (by the node: a search parameter is not in Leonar's public docs)",
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'All', value: 'all' },
					{ name: 'Archived', value: 'archived' },
				],
				default: 'active',
				description:
					'Which projects to list; without this filter Leonar lists the non-archived ones. All lists those, then the archived ones.',
			},
		],
	},
	simplifyField(SIMPLE_PROJECT_FIELDS),
	optionsCollection([
		sortOption(
			[
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Updated At', value: 'updated_at' },
			],
			'-created_at',
		),
	]),
];

/** One read of the list: the query it sends and whether its projects must be archived. */
interface Read {
	status?: 'active' | 'archived';
	archived: boolean;
}

/**
 * What to read for a Status: only the default list and `status=active|archived` are sent,
 * never the assumed `status=all` (not in Leonar's docs): "All" reads the projects that are not
 * archived, then the archived ones.
 */
function readsFor(status: unknown): Read[] {
	if (status === 'archived') return [{ status: 'archived', archived: true }];
	if (status === 'all') return [{ archived: false }, { status: 'archived', archived: true }];
	return [{ status: status === 'active' ? 'active' : undefined, archived: false }];
}

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('options.sort', i, '') as string;
	const limit = readLimit.call(this, i);
	// The search is not sent (not in Leonar's docs): matched here on name and client name.
	const search = typeof filters.search === 'string' ? filters.search.trim().toLowerCase() : '';
	const matches = (project: IDataObject) =>
		!search ||
		[project.name, project.client_name, (project.client_company as IDataObject | null)?.name]
			.map((text) => String(text ?? '').toLowerCase())
			.some((text) => text.includes(search));

	const found: IDataObject[] = [];
	for (const read of readsFor(filters.status)) {
		const wanted = limit === undefined ? undefined : limit - found.length;
		if (wanted !== undefined && wanted <= 0) break;
		const records = await leonarApiRequestAllItems.call(this, ENDPOINTS.projectList, {
			qs: compact({ status: read.status, sort }),
			limit: search ? undefined : wanted,
			itemIndex: i,
		});
		// A filter Leonar ignored would list the wrong projects: stop instead.
		const stray = records.find((project) => (project.status === 'archived') !== read.archived);
		if (stray) throw ignoredStatusError(this, read, i);
		found.push(...records.filter(matches).slice(0, wanted));
	}
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(
		this,
		simplify ? found.map((project) => pick(project, SIMPLE_PROJECT_FIELDS)) : found,
		i,
	);
}

function ignoredStatusError(ctx: IExecuteFunctions, read: Read, itemIndex: number) {
	const filter = read.status ? `status=${read.status}` : 'the default (projects not archived)';
	return new NodeOperationError(
		ctx.getNode(),
		`Leonar ignored the filter ${filter} of GET /projects`,
		{
			itemIndex,
			description: `It returned projects that are ${read.archived ? 'not archived' : 'archived'}, so the list would be wrong; the node stopped. Leonar's public docs do not describe this filter. Use Status "All" and keep the projects you want with n8n's Filter node (field status).`,
		},
	);
}

export const operation = defineOperation({
	value: 'getAll',
	label: 'Get Many',
	action: 'Get many projects',
	summary: 'List projects, filtered by status or a name search.',
	endpoints: [ENDPOINTS.projectList],
	concurrent: 'read',
	properties,
	execute,
});
