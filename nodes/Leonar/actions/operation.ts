import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { Endpoint } from '../transport/endpoints';
import type { ConcurrencyKind } from './concurrency';
import { withConcurrencyOption } from './concurrency';

/**
 * What an operation is, in one object: its identity in the editor, the endpoints it calls,
 * its fields and how it runs. The resource's index derives the Operation dropdown, the
 * display conditions and the "Needs scope" sentence from it, so none of these is written
 * twice.
 */
export interface LeonarOperation {
	/** The operation value saved in workflows (fixed once published). */
	value: string;
	/** The dropdown label, e.g. "Get Many". */
	label: string;
	/** The action label n8n shows in the nodes panel, e.g. "Get many contacts". */
	action: string;
	/** What it does, in one or two sentences; the scope sentence is added from `endpoints`. */
	summary: string;
	/**
	 * The endpoints it calls. A list: all of them may be called, so the key needs every scope
	 * named. A record: alternatives chosen by a field (e.g. contact files or project files),
	 * keyed by what the user chose; the key needs the scopes of the chosen one.
	 */
	endpoints: Endpoint[] | Record<string, Endpoint[]>;
	/**
	 * Endpoints called only in some cases, keyed by the case as the scope sentence says it
	 * (e.g. "when custom fields are set by name").
	 */
	sometimes?: Record<string, Endpoint[]>;
	/** The operation's fields, without display conditions for resource and operation. */
	properties: INodeProperties[];
	/**
	 * Whether the router may run several items at once (./concurrency.ts), and the Concurrency
	 * option it adds to the Options: `read` (no side effect), `write` (changes an existing record;
	 * items for the same record keep their order), `create` (only when the user raises
	 * Concurrency above 1). Unset: one item after another — e.g. find-or-create, whose check
	 * and create must not race, and operations that spend credits or a LinkedIn account's quota.
	 */
	concurrent?: ConcurrencyKind;
	/** Runs the operation for one input item; Continue On Fail is handled by the router. */
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
	/** Runs the operation for all items at once (batching); handles Continue On Fail itself. */
	executeBatch?: (
		this: IExecuteFunctions,
		items: INodeExecutionData[],
	) => Promise<INodeExecutionData[]>;
}

/** Declares an operation; one that runs concurrently gets the Concurrency option. */
export function defineOperation(operation: LeonarOperation): LeonarOperation {
	if (!operation.concurrent) return operation;
	return {
		...operation,
		properties: withConcurrencyOption(operation.properties, operation.concurrent, operation.value),
	};
}

/** Every endpoint an operation may call, alternatives included. */
export function endpointsOf(operation: LeonarOperation): Endpoint[] {
	const { endpoints, sometimes = {} } = operation;
	const always = Array.isArray(endpoints) ? endpoints : Object.values(endpoints).flat();
	return [...always, ...Object.values(sometimes).flat()];
}
