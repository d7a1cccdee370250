import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit, simplifyField } from '../../descriptions/common';
import { compact, toItems } from '../../helpers/utils';
import { leonarSourcingRequestAllPages } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { DATA_TYPES } from '../enrichment/fields';
import { filterReader, listField, SIMPLE_PROFILE_FIELDS, simplifyProfiles } from './fields';
import { readLimit } from '../../helpers/operations';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName:
			'Each profile this search returns costs 1 sourcing credit. Use a small Limit; Return All can spend many credits.',
		name: 'creditNotice',
		type: 'notice',
		default: '',
	},
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			listField('Companies', 'companies', 'People at any of these companies'),
			{
				displayName: 'Company Filter',
				name: 'companyFilter',
				type: 'options',
				options: [
					{
						name: 'Any',
						value: 'any',
						description: "Current or past company. Not in Leonar's public docs; inferred.",
					},
					{ name: 'Current', value: 'current', description: 'The company they work at now' },
					{
						name: 'Past',
						value: 'past',
						description: "A company they worked at before. Not in Leonar's public docs; inferred.",
					},
				],
				default: 'current',
				description: 'Which employer the Companies filter looks at',
			},
			listField('Job Titles', 'jobTitles', 'People with any of these job titles'),
			listField('Locations', 'locations', 'Free-text locations, e.g. Paris, France'),
			listField('Skills', 'skills', 'People with any of these skills'),
		],
	},
	{
		displayName: 'Reveal Contact Info',
		name: 'revealInfo',
		type: 'boolean',
		default: false,
		description: 'Whether to return emails or phone numbers with each profile',
	},
	{
		displayName: 'Data Types',
		name: 'dataTypes',
		type: 'multiOptions',
		options: DATA_TYPES,
		default: ['work_email'],
		description: "Which contact info to reveal (Phone: not in Leonar's public docs; inferred)",
		displayOptions: { show: { revealInfo: [true] } },
	},
	simplifyField(SIMPLE_PROFILE_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const read = filterReader(this, filters, i);
	const revealInfo = this.getNodeParameter('revealInfo', i, false) as boolean;
	const body = compact({
		job_title: read.list('jobTitles', 'Job Titles'),
		company: read.list('companies', 'Companies'),
		company_filter: filters.companyFilter,
		location: read.list('locations', 'Locations'),
		skills: read.list('skills', 'Skills'),
		reveal_info: revealInfo || undefined,
		data_types: revealInfo ? (this.getNodeParameter('dataTypes', i, []) as string[]) : undefined,
	});
	if (!body.job_title && !body.company && !body.location && !body.skills) {
		throw new NodeOperationError(
			this.getNode(),
			'Add at least one filter: an advanced search without filters would spend credits on random profiles',
			{
				itemIndex: i,
				description: 'Add Job Titles, Companies, Locations or Skills under "Filters".',
			},
		);
	}
	const pages: Page[] = [];
	const profiles = await leonarSourcingRequestAllPages.call(
		this,
		ENDPOINTS.sourcingAdvancedSearch,
		{
			body,
			limit,
			itemIndex: i,
			charged: { onPage: (data, asked) => pages.push(pageOf(data, asked)) },
		},
	);
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	const output = simplifyProfiles(profiles, simplify);
	const credits = creditReport(pages, output.length, limit);
	if (credits) {
		if (typeof this.addExecutionHints === 'function')
			this.addExecutionHints({ message: String(credits.note), location: 'outputPane' });
		return toItems.call(
			this,
			output.map((profile) => ({ ...profile, _credits: credits })),
			i,
		);
	}
	return toItems.call(this, output, i);
}

interface Page {
	asked: number;
	received: number;
	credits?: number;
	hasMore: boolean;
}

function pageOf(data: IDataObject, asked: number): Page {
	const credits = Number(data.credits_consumed);
	return {
		asked,
		received: Array.isArray(data.profiles) ? data.profiles.length : 0,
		credits: Number.isFinite(credits) ? credits : undefined,
		hasMore: data.has_more === true,
	};
}

/**
 * What to tell the user when Leonar did not page as asked (its docs do not say that the
 * search honours page_size): it returned more profiles than asked (each charged), or the node
 * stopped before the Limit because the next page would charge for more than still needed.
 * Undefined when every page held what was asked.
 */
function creditReport(
	pages: Page[],
	returned: number,
	limit: number | undefined,
): IDataObject | undefined {
	const received = pages.reduce((sum, page) => sum + page.received, 0);
	const larger = pages.find((page) => page.received > page.asked);
	const last = pages[pages.length - 1];
	const short = limit !== undefined && returned < limit && last?.hasMore === true;
	if (!larger && !short) return undefined;
	const reported = pages.every((page) => page.credits !== undefined);
	const used = reported ? pages.reduce((sum, page) => sum + (page.credits ?? 0), 0) : received;
	const charge = reported
		? `reports ${used} sourcing credits used`
		: `did not report the credits used (1 per profile returned: ${used})`;
	const asked = pages[0]?.asked ?? 0;
	const note = larger
		? `Leonar returned ${larger.received} profiles for a page of ${larger.asked} (it ignored page_size) and ${charge}; the node returns the ${returned} asked for.`
		: `Leonar returned pages of ${last.received} profiles whatever page_size asked and ${charge}; another page would have charged for more profiles than the Limit, so the node returned ${returned} of the ${limit} asked. A Limit that is a multiple of ${last.received} avoids this.`;
	return {
		credits_used: used,
		profiles_received: received,
		profiles_returned: returned,
		page_size_asked: asked,
		note,
	};
}

export const operation = defineOperation({
	value: 'advancedSearch',
	label: 'Advanced Profile Search',
	action: 'Search people with advanced sourcing',
	summary:
		'Search people by job title, company, location and skills, optionally revealing emails and phones. Costs 1 sourcing credit per profile returned; fails with a credits error when the balance is empty.',
	endpoints: [ENDPOINTS.sourcingAdvancedSearch],
	properties,
	execute,
});
