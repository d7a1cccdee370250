import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { setCaller } from '../transport/caller';
import { findOperation, operationLabel } from './index';
import { errorJson, withItemIndex } from './itemErrors';

/**
 * Runs the chosen operation. A per-item operation (`execute(i)`) is called once per input
 * item, and Continue On Fail is handled here; a batching operation (`executeBatch(items)`)
 * groups items into as few calls as the API allows and handles it itself.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = findOperation(resource, operation);

	if (!handler || (!handler.execute && !handler.executeBatch)) {
		const hint =
			operation === '__CUSTOM_API_CALL__'
				? 'Use the HTTP Request node with the predefined credential type "Leonar API" to call any other Leonar endpoint.'
				: undefined;
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for resource "${resource}"`,
			{
				description: hint,
			},
		);
	}

	setCaller(this, operationLabel(resource, operation));
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
