import type { IExecuteData, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { UnrepeatableSent } from '../transport/sent';
import { unrepeatableSent } from '../transport/sent';

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
 * Runs `run` and, when n8n's "Retry On Fail" re-runs the node after a try that had sent
 * requests that are not safe to repeat, warns that duplicates may have been made.
 */
export async function withRetryOnFailWarning(
	context: IExecuteFunctions,
	run: () => Promise<INodeExecutionData[][]>,
): Promise<INodeExecutionData[][]> {
	const executeData = context.getNode().retryOnFail === true ? executeDataOf(context) : undefined;
	const earlier = executeData ? earlierTries.get(executeData) : undefined;
	try {
		const output = await run();
		if (earlier) warnAboutRerun(context, earlier);
		return output;
	} finally {
		if (executeData) {
			const now = unrepeatableSent(context);
			earlierTries.set(executeData, {
				count: (earlier?.count ?? 0) + now.count,
				routes: [...new Set([...(earlier?.routes ?? []), ...now.routes])],
			});
		}
	}
}
