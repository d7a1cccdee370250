import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListOptions, LeonarRequest } from '../transport';
import { leonarApiRequest } from '../transport';
import type { Endpoint } from '../transport/endpoints';
import { readCheckedList } from './newestFirst';
import { noteUnstoredFields } from './unstored';
import { pick, toItems } from './utils';
import { requireLimit } from './validation';

/**
 * The two shapes most operations share: "read a list honouring Return All / Limit /
 * Simplify" and "send one request, return the record honouring Simplify".
 */

/** The Limit of item `itemIndex`, checked; undefined when Return All is on. */
export function readLimit(this: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	return requireLimit.call(this, this.getNodeParameter('limit', itemIndex, undefined), itemIndex);
}

export async function returnList(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	itemIndex: number,
	request: Omit<ListOptions, 'limit' | 'itemIndex'> = {},
	simpleFields?: readonly string[],
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, itemIndex);
	const records = await readCheckedList.call(this, endpoint, { ...request, limit, itemIndex });
	const simplify = simpleFields
		? (this.getNodeParameter('simplify', itemIndex, false) as boolean)
		: false;
	return toItems.call(
		this,
		simplify ? records.map((record) => pick(record, simpleFields!)) : records,
		itemIndex,
	);
}

export async function returnRecord(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	itemIndex: number,
	request: Omit<LeonarRequest, 'itemIndex'> = {},
	simpleFields?: readonly string[],
): Promise<INodeExecutionData[]> {
	let record: IDataObject = await leonarApiRequest.call(this, endpoint, {
		...request,
		itemIndex,
	});
	if (request.body) record = noteUnstoredFields(this, request.body, record, endpoint.record);
	const simplify = simpleFields
		? (this.getNodeParameter('simplify', itemIndex, false) as boolean)
		: false;
	return toItems.call(this, simplify ? pick(record, simpleFields!) : record, itemIndex);
}

/** Sends a partial update (only the fields given); an empty one is refused before any request. */
export async function returnUpdate(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	itemIndex: number,
	request: Omit<LeonarRequest, 'itemIndex'> & { body: IDataObject },
): Promise<INodeExecutionData[]> {
	if (!Object.keys(request.body).length) {
		throw new NodeOperationError(
			this.getNode(),
			'Nothing to update: add at least one field under "Update Fields"',
			{
				itemIndex,
			},
		);
	}
	return await returnRecord.call(this, endpoint, itemIndex, request);
}
