import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { updateDisplayOptions } from '../../helpers/utils';
import { returnRecord } from '../../helpers/operations';
import { getRecordId } from '../../helpers/validation';
import { ENDPOINTS } from '../../transport/endpoints';
import { sequenceLocator, SIMPLE_SEQUENCE_FIELDS } from './locator';

const properties: INodeProperties[] = [sequenceLocator, simplifyField(SIMPLE_SEQUENCE_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['sequence'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'sequenceId', i, 'Sequence', 'sequence');
	return await returnRecord.call(this, ENDPOINTS.sequenceGet, i, { pathParams: { id } }, SIMPLE_SEQUENCE_FIELDS);
}
