import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_CONTACT_FIELDS } from './fields';
import { contactLocator } from './locator';

const properties: INodeProperties[] = [contactLocator, simplifyField(SIMPLE_CONTACT_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'contactId', i, 'Contact', 'contact');
	const contact = await leonarApiRequest.call(this, ENDPOINTS.contactGet, { pathParams: { id }, itemIndex: i });
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? pick(contact, SIMPLE_CONTACT_FIELDS) : contact, i);
}
