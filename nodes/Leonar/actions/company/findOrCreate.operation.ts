import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common';
import { noteUnstoredFields } from '../../helpers/unstored';
import { toItems } from '../../helpers/utils';
import { requireText } from '../../helpers/validation';
import { leonarApiRequest, leonarApiRequestAllItems } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { buildCompanyBody, companyFields } from './fields';
import { defineOperation } from '../operation';

/**
 * Candidates read when looking a name up; the name search is narrow, so this is plenty. One
 * more is asked for, to tell whether there were more than could be checked.
 */
const MAX_CANDIDATES = 200;

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description:
			'Looked up first: an active company with exactly this name (ignoring case and surrounding spaces) is returned as is. Otherwise a company with this name is created.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Used only when the company is created; a company that is found is not changed',
		options: companyFields(['name']),
	},
	optionsCollection(),
];

const normalize = (name: unknown) =>
	String(name ?? '')
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase();

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const name = requireText.call(this, this.getNodeParameter('name', i), 'Name', i, 255);
	const additionalFields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	// Validate what a create would send before looking anything up.
	const body = await buildCompanyBody.call(this, { ...additionalFields, name }, i);

	const candidates = await leonarApiRequestAllItems.call(this, ENDPOINTS.companyList, {
		qs: { search: name, sort: 'created_at' },
		limit: MAX_CANDIDATES + 1,
		itemIndex: i,
	});
	const found = candidates.find((company) => normalize(company.name) === normalize(name));
	if (found) return toItems.call(this, { ...found, _findOrCreate: { action: 'found' } }, i);
	if (candidates.length > MAX_CANDIDATES) {
		// The name search (not in Leonar's public docs) did not narrow the list enough to be
		// sure the company does not exist: creating it could make a duplicate.
		throw new NodeOperationError(
			this.getNode(),
			`Could not check whether a company named "${name}" exists: Leonar's name search returned more than ${MAX_CANDIDATES} companies`,
			{
				itemIndex: i,
				description: `Leonar may not filter GET /companies by name (the "search" parameter is not in its public docs), so the company could exist beyond the companies read; nothing was created. Use Company › Get Many (Return All) with n8n's Filter node to look the name up, then Company › Create only when nothing matched.`,
			},
		);
	}

	const company = await leonarApiRequest.call(this, ENDPOINTS.companyCreate, {
		body,
		itemIndex: i,
	});
	const noted = noteUnstoredFields(this, body, company, 'Company');
	return toItems.call(this, { ...noted, _findOrCreate: { action: 'created' } }, i);
}

export const operation = defineOperation({
	value: 'findOrCreate',
	label: 'Find or Create',
	action: 'Find or create a company by name',
	summary:
		'Return the active company with exactly this name (case-insensitive), or create it if none exists; the output says which in _findOrCreate.action (found or created).',
	endpoints: [ENDPOINTS.companyList, ENDPOINTS.companyCreate],
	properties,
	execute,
});
