import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
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
	return await returnRecord.call(this, ENDPOINTS.contactGet, i, { pathParams: { id } }, SIMPLE_CONTACT_FIELDS);
}
