import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { resources } from './index';

/**
 * Runs the chosen operation. A per-item operation (`execute(i)`) is called once per input
 * item, and Continue On Fail is handled here; a batching operation (`executeBatch(items)`)
 * groups items into as few calls as the API allows and handles it itself.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const operations = resources[resource as keyof typeof resources] as Record<string, unknown> | undefined;
	const handler = operations?.[operation] as Operation | undefined;

	if (!handler || (!handler.execute && !handler.executeBatch)) {
		const hint =
			operation === '__CUSTOM_API_CALL__'
				? 'Use the HTTP Request node with the predefined credential type "Leonar API" to call any other Leonar endpoint.'
				: undefined;
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for resource "${resource}"`, {
			description: hint,
		});
	}

	if (handler.executeBatch) return [await handler.executeBatch.call(this, items)];

	const returnData: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			returnData.push(...(await handler.execute!.call(this, i)));
		} catch (error) {
			const failure = withItemIndex(this, error, i);
			if (this.continueOnFail()) {
				returnData.push({ json: errorJson(failure), pairedItem: { item: i } });
				continue;
			}
			throw failure;
		}
	}
	return [returnData];
}

export interface Operation {
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
	executeBatch?: (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;
}

/** Makes sure the error names the item it failed on. */
export function withItemIndex(
	ctx: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

/** The JSON a failed item carries with Continue On Fail. */
export function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return json;
}
