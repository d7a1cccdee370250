import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { setCaller } from '../transport/caller';
import { readConcurrency, recordKey, runItems } from './concurrency';
import { findOperation, operationLabel } from './index';
import { errorJson, withItemIndex } from './itemErrors';
import { withRetryOnFailWarning } from './retryOnFail';

/**
 * Runs the chosen operation. A per-item operation (`execute(i)`) is called once per input
 * item — one after another, or a few at once when it is `concurrent` — and Continue On Fail is
 * handled here; a batching operation (`executeBatch(items)`) groups items into as few calls as
 * the API allows and handles it itself.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await withRetryOnFailWarning(this, async () => await run.call(this));
}

async function run(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
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

	// One item after another, or a few at once when the operation allows it (./concurrency.ts);
	// either way the output is assembled here in input order.
	const continueOnFail = this.continueOnFail();
	const kind = handler.concurrent;
	const outcomes = await runItems(
		this,
		items.length,
		{
			concurrency: readConcurrency(this, kind),
			stopOnError: !continueOnFail,
			keyOf:
				kind === 'write' || kind === 'create'
					? (i) => recordKey(this, handler.properties, i)
					: undefined,
		},
		async (i) => await handler.execute!.call(this, i),
	);

	const returnData: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const outcome = outcomes[i];
		if (!outcome) continue; // not started: an earlier item failed
		if (outcome.ok) {
			returnData.push(...outcome.value);
			continue;
		}
		const failure = withItemIndex(this, outcome.error, i);
		if (continueOnFail) {
			returnData.push({ json: errorJson(failure), pairedItem: { item: i } });
			continue;
		}
		throw failure;
	}
	return [returnData];
}
