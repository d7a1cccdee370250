import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { updateDisplayOptions } from '../helpers/utils';
import type { Endpoint } from '../transport/endpoints';
import { SCOPES } from '../transport/scopes';
import type { LeonarOperation } from './operation';
import { endpointsOf } from './operation';

/**
 * A resource of the node: its entry in the Resource dropdown and its operations. Everything
 * the editor shows about it (the Operation dropdown, which fields show for which operation,
 * the scope each operation needs) is derived here from the operations' own declarations.
 */
export interface LeonarResource {
	value: string;
	/** The dropdown label. */
	label: string;
	/** What the resource is; the scopes of its operations are appended. */
	summary: string;
	defaultOperation: string;
	operations: LeonarOperation[];
}

export interface ResourceDefinition extends LeonarResource {
	/** The Resource dropdown's option for it. */
	option: INodePropertyOptions;
	/** Its Operation dropdown and every operation's fields, with display conditions. */
	properties: INodeProperties[];
	/** Its operations by value. */
	byValue: Map<string, LeonarOperation>;
}

const NO_SCOPE = 'Needs no scope (any valid key).';

function scopeOrder(a: string, b: string): number {
	return (
		SCOPES.indexOf(a as (typeof SCOPES)[number]) - SCOPES.indexOf(b as (typeof SCOPES)[number])
	);
}

function scopesOf(endpoints: Endpoint[]): string[] {
	const scopes = new Set(
		endpoints.map((endpoint) => endpoint.scope).filter((scope) => scope !== null),
	);
	return [...scopes].sort(scopeOrder);
}

function and(words: string[]): string {
	return words.length < 2
		? words.join('')
		: `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Needs scope x." / "Needs scopes x and y." / "Needs scope x (a) or y (b)." from the declared endpoints. */
export function scopeSentence(operation: LeonarOperation): string {
	const { endpoints, sometimes = {} } = operation;
	let sentence: string;
	let named: string[];
	if (Array.isArray(endpoints)) {
		named = scopesOf(endpoints);
		sentence = named.length ? `Needs scope${named.length > 1 ? 's' : ''} ${and(named)}` : '';
	} else {
		const variants = Object.values(endpoints).map(scopesOf);
		named = variants.flat();
		sentence = `Needs scope ${Object.keys(endpoints)
			.map((when, index) => `${and(variants[index])} (${when})`)
			.join(' or ')}`;
	}
	const extras = Object.entries(sometimes)
		.map(
			([when, list]) => [scopesOf(list).filter((scope) => !named.includes(scope)), when] as const,
		)
		.filter(([scopes]) => scopes.length > 0)
		.map(([scopes, when]) => `and ${and(scopes)} ${when}`);
	if (!sentence) return extras.length ? `Needs no scope, ${extras.join(', ')}.` : NO_SCOPE;
	return `${sentence}${extras.length ? ` (${extras.join('; ')})` : ''}.`;
}

/** Every resource's Operation dropdown; options, display conditions and default are filled in. */
const OPERATION_PROPERTY: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [],
	default: '',
};

/** Builds a resource's dropdown option and properties from its operations. */
export function defineResource(resource: LeonarResource): ResourceDefinition {
	const { value, operations } = resource;
	const byValue = new Map(operations.map((operation) => [operation.value, operation]));
	if (byValue.size !== operations.length)
		throw new Error(`Resource ${value}: two operations share a value`);
	if (!byValue.has(resource.defaultOperation)) {
		throw new Error(
			`Resource ${value}: default operation ${resource.defaultOperation} is not one of its operations`,
		);
	}

	const scopes = scopesOf(operations.flatMap(endpointsOf));
	const option: INodePropertyOptions = {
		name: resource.label,
		value,
		description: `${resource.summary} ${scopes.length ? `Scopes ${scopes.join(', ')}.` : NO_SCOPE}`,
	};

	const operationProperty: INodeProperties = {
		...OPERATION_PROPERTY,
		displayOptions: { show: { resource: [value] } },
		options: [...operations]
			.sort((a, b) => a.label.localeCompare(b.label))
			.map((operation) => ({
				name: operation.label,
				value: operation.value,
				action: operation.action,
				description: `${operation.summary} ${scopeSentence(operation)}`,
			})),
		// The resource's declared default operation.
		default: resource.defaultOperation,
	};

	const properties = [
		operationProperty,
		...operations.flatMap((operation) =>
			updateDisplayOptions(
				{ show: { resource: [value], operation: [operation.value] } },
				operation.properties,
			),
		),
	];
	return { ...resource, option, properties, byValue };
}
