import type { INodeProperties } from 'n8n-workflow';

import { company } from './company';
import { contact } from './contact';
import { deal } from './deal';
import { enrichment } from './enrichment';
import { file } from './file';
import { message } from './message';
import { note } from './note';
import type { LeonarOperation } from './operation';
import { pipelineEntry } from './pipelineEntry';
import { project } from './project';
import type { ResourceDefinition } from './resource';
import { sequence } from './sequence';
import { sourcing } from './sourcing';
import { tag } from './tag';
import { task } from './task';
import { workspace } from './workspace';

/**
 * The node's resources, in the order of the Resource dropdown. To add an operation: write
 * `actions/<resource>/<op>.operation.ts` (one `defineOperation` object) and list it in the
 * resource's index.ts. To add a resource: a folder with an index.ts (`defineResource`), and
 * one line here.
 */
export const RESOURCES: ResourceDefinition[] = [
	company,
	contact,
	deal,
	enrichment,
	file,
	message,
	note,
	pipelineEntry,
	project,
	sequence,
	sourcing,
	tag,
	task,
	workspace,
];

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: RESOURCES.map((resource) => resource.option),
	default: 'contact',
};

/** The node's parameters: the Resource dropdown, then each resource's operations and fields. */
export const properties: INodeProperties[] = [
	resourceProperty,
	...RESOURCES.flatMap((resource) => resource.properties),
];

const byValue = new Map(RESOURCES.map((resource) => [resource.value, resource]));

/** The operation a node is set to, or undefined for an unknown pair. */
export function findOperation(resource: string, operation: string): LeonarOperation | undefined {
	return byValue.get(resource)?.byValue.get(operation);
}

/** How messages name an operation, e.g. "Deal › Get Many". */
export function operationLabel(resource: string, operation: string): string {
	const definition = byValue.get(resource);
	const label = definition?.byValue.get(operation)?.label ?? operation;
	return `${definition?.label ?? resource} › ${label}`;
}

/** The operations of each resource by value, e.g. `resources.contact.get`. */
export const resources: Record<string, Record<string, LeonarOperation>> = Object.fromEntries(
	RESOURCES.map((resource) => [resource.value, Object.fromEntries(resource.byValue)]),
);
