import type { IExecuteData, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { setCaller } from '../transport/caller';
import type { UnrepeatableSent } from '../transport/sent';
import { unrepeatableSent } from '../transport/sent';
import { findOperation, operationLabel } from './index';
import { errorJson, withItemIndex } from './itemErrors';

/**
 * What the earlier tries of a node run had sent that is not safe to send twice. n8n's "Retry
 * On Fail" runs the node again with the same execution data object, so a try that finds its
 * execution data here is such a re-run.
 */
const earlierTries = new WeakMap<IExecuteData, UnrepeatableSent>();

function executeDataOf(context: IExecuteFunctions): IExecuteData | undefined {
	try {
		return typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
	} catch {
		return undefined;
	}
}

/** Warns (n8n's execution hints, where the host has them) that a re-run may have made duplicates. */
function warnAboutRerun(context: IExecuteFunctions, earlier: UnrepeatableSent): void {
	if (earlier.count === 0 || typeof context.addExecutionHints !== 'function') return;
	context.addExecutionHints({
		type: 'warning',
		location: 'outputPane',
		message: `n8n's "Retry On Fail" ran this node again after it failed. Its earlier try had already sent ${earlier.count} request${earlier.count === 1 ? '' : 's'} that create or change records and are not safe to send twice (${earlier.routes.join(', ')}); they were sent again for the same items and may have made duplicates in Leonar. Check for duplicates, and turn "Retry On Fail" off for this node: the node itself retries what is safe to retry.`,
	});
}

/**
 * Runs the chosen operation. A per-item operation (`execute(i)`) is called once per input
 * item, and Continue On Fail is handled here; a batching operation (`executeBatch(items)`)
 * groups items into as few calls as the API allows and handles it itself.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const executeData = this.getNode().retryOnFail === true ? executeDataOf(this) : undefined;
	const earlier = executeData ? earlierTries.get(executeData) : undefined;
	try {
		const output = await run.call(this);
		if (earlier) warnAboutRerun(this, earlier);
		return output;
	} finally {
		if (executeData) {
			const now = unrepeatableSent(this);
			earlierTries.set(executeData, {
				count: (earlier?.count ?? 0) + now.count,
				routes: [...new Set([...(earlier?.routes ?? []), ...now.routes])],
			});
		}
	}
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
