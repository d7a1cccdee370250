import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../Leonar/transport/endpoints';

/** The Leonar node's resource listing what a feed endpoint lists, and the records' name. */
const LISTS: Record<string, [resource: string, records: string]> = {
	'/contacts': ['Contact', 'contacts'],
	'/companies': ['Company', 'companies'],
	'/deals': ['Deal', 'deals'],
	'/tasks': ['Task', 'tasks'],
	'/projects/{id}/entries': ['Pipeline Entry', 'candidates'],
};

/**
 * Where Leonar ignored the sort, so no feed read works:
 * - 'activation': the newest-first page was out of order (where to start is unknown);
 * - 'oldestFirst': a page asked for oldest first was out of order;
 * - 'poll': the time filter was ignored, and the newest-first page was out of order.
 */
export type UnorderedRead = 'activation' | 'oldestFirst' | 'poll';

/**
 * Leonar returned a feed's records in no usable order: the trigger can find new records
 * neither with the time filter (not in Leonar's documentation) nor with the sort. The poll
 * fails, changing nothing, and says what to do instead.
 */
export function unorderedFeedError(
	node: INode,
	feed: { endpoint: Endpoint; marker: string },
	when: UnorderedRead,
): NodeOperationError {
	const { endpoint, marker } = feed;
	const list = `${endpoint.method} ${endpoint.path}`;
	const [resource, records] = LISTS[endpoint.path] ?? [endpoint.record, 'records'];
	const instead =
		` Instead: run a Schedule Trigger with the Leonar node's ${resource} > Get Many and n8n's Remove Duplicates node` +
		` (Remove Items Processed in Previous Executions, on the id and ${marker}),` +
		` or call ${list} with n8n's HTTP Request node and the Leonar API credential.`;
	if (when === 'activation') {
		return new NodeOperationError(
			node,
			`Leonar does not sort ${list} by ${marker}: the trigger cannot find where to start watching`,
			{
				description:
					`Asked for the newest ${records} first (sort=-${marker}), Leonar returned them in no usable order;` +
					` the trigger needs that order to know which ${records} exist when it starts.` +
					instead +
					' Nothing was emitted; activate the workflow again once Leonar honours the sort.',
			},
		);
	}
	if (when === 'oldestFirst') {
		return new NodeOperationError(
			node,
			`Leonar does not sort ${list} by ${marker}: the trigger cannot tell new ${records} from old ones`,
			{
				description:
					`Asked for ${records} in order of ${marker} (sort=${marker}), Leonar returned them in no usable order;` +
					` the trigger reads its changes in that order.` +
					instead +
					" Nothing was emitted and the trigger's position is unchanged: it works again once Leonar honours the sort.",
			},
		);
	}
	return new NodeOperationError(
		node,
		`Leonar ignores both the filter ${marker}=gte.… and the sort by ${marker} on ${list}: the trigger cannot tell new ${records} from old ones`,
		{
			description:
				`Leonar returned ${records} older than the time asked for (${marker}=gte.…, a filter its public documentation does not offer)` +
				` and, asked for the newest first (sort=-${marker}), returned them in no usable order; the trigger needs one of the two.` +
				instead +
				" Nothing was emitted and the trigger's position is unchanged: it works again once Leonar honours the filter or the sort.",
		},
	);
}
