import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, simplifyField } from '../../descriptions/common';
import { pick, toItems, updateDisplayOptions } from '../../helpers/utils';
import { getRecordId } from '../../helpers/validation';
import { leonarApiRequest } from '../../transport';
import { ENDPOINTS } from '../../transport/endpoints';
import { sequenceLocator, SIMPLE_SEQUENCE_FIELDS } from './locator';

const properties: INodeProperties[] = [sequenceLocator, simplifyField(SIMPLE_SEQUENCE_FIELDS), optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['sequence'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getRecordId.call(this, 'sequenceId', i, 'Sequence', 'sequence');
	const sequence = await leonarApiRequest.call(this, ENDPOINTS.sequenceGet, { pathParams: { id }, itemIndex: i });
	const simplify = this.getNodeParameter('simplify', i, false) as boolean;
	return toItems.call(this, simplify ? pick(sequence, SIMPLE_SEQUENCE_FIELDS) : sequence, i);
}
