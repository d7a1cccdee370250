import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { returnRecord } from '../../helpers/operations';
import { readRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { SIMPLE_CONTACT_FIELDS } from './fields';
import { contactLocator } from '../../descriptions/locators';
import { defineOperation } from '../operation';

const properties: INodeProperties[] = [
	contactLocator.property,
	simplifyField(SIMPLE_CONTACT_FIELDS),
	optionsCollection(),
];

async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = readRecordId(this, contactLocator, i);
	return await returnRecord.call(
		this,
		ENDPOINTS.contactGet,
		i,
		{ pathParams: { id } },
		SIMPLE_CONTACT_FIELDS,
	);
}

export const operation = defineOperation({
	value: 'get',
	label: 'Get',
	action: 'Get a contact',
	summary: 'Get one contact by ID or Leonar link.',
	endpoints: [ENDPOINTS.contactGet],
	concurrent: 'read',
	properties,
	execute,
});
