import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resources } from '../nodes/Leonar/actions';
import { endpointsOf } from '../nodes/Leonar/actions/operation';
import { Leonar } from '../nodes/Leonar/Leonar.node';
import { SCOPES } from '../nodes/Leonar/transport/scopes';

/** The operations docs/node-contract.md fixes; saved workflows depend on these values. */
const CONTRACT: Record<string, string[]> = {
	contact: ['create', 'upsert', 'get', 'getAll', 'search', 'update', 'archive'],
	company: ['create', 'get', 'getAll', 'update', 'archive'],
	deal: ['create', 'get', 'getAll', 'update', 'archive', 'moveStage', 'close', 'reopen'],
	note: ['create', 'get', 'getAll', 'update'],
	tag: ['create', 'getAll'],
	task: ['create', 'get', 'getAll', 'update', 'delete'],
	enrichment: ['enrich', 'get'],
	message: ['send', 'getAll'],
	project: ['create', 'get', 'getAll', 'update'],
	pipelineEntry: ['create', 'getAll', 'moveStage'],
	sequence: ['get', 'getAll', 'enroll', 'unenroll'],
	sourcing: ['search', 'addToProject'],
};

const { properties } = new Leonar().description;
const resourceProperty = properties.find((p) => p.name === 'resource') as INodeProperties;
const resourceValues = (resourceProperty.options as INodePropertyOptions[]).map((o) =>
	String(o.value),
);

function operationsOf(resource: string): INodePropertyOptions[] {
	const property = properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
	return (property?.options ?? []) as INodePropertyOptions[];
}

function shownFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		return show?.resource?.includes(resource) && show?.operation?.includes(operation);
	});
}

describe('node description', () => {
	it('offers every resource and operation of the contract', () => {
		for (const [resource, operations] of Object.entries(CONTRACT)) {
			expect(resourceValues).toContain(resource);
			const values = operationsOf(resource).map((o) => o.value);
			for (const operation of operations)
				expect(
					`${resource}.${values.includes(operation) ? operation : 'MISSING ' + operation}`,
				).toBe(`${resource}.${operation}`);
		}
	});

	it.each(resourceValues)(
		'every %s operation has an action label, a scope in its description and an executor',
		(resource) => {
			const operations = operationsOf(resource);
			expect(operations.length).toBeGreaterThan(0);
			const executors = resources[resource];
			for (const option of operations) {
				expect(typeof option.action).toBe('string');
				expect(String(option.action).length).toBeGreaterThan(5);
				const description = String(option.description);
				const named = description.match(/\b[a-z]+:(read|write|delete)\b/g) ?? [];
				expect(`${option.value}: ${named.length > 0 || /any valid key/i.test(description)}`).toBe(
					`${option.value}: true`,
				);
				for (const scope of named) expect(SCOPES).toContain(scope);
				// The scopes the description names are those of the endpoints the operation calls.
				const declared = executors[String(option.value)]
					? endpointsOf(executors[String(option.value)])
					: [];
				expect(`${option.value}: ${declared.length > 0}`).toBe(`${option.value}: true`);
				const needed = declared.map((endpoint) => endpoint.scope).filter(Boolean);
				for (const scope of needed)
					expect(
						`${option.value}: ${description.includes(String(scope)) ? '' : 'missing '}${scope}`,
					).toBe(`${option.value}: ${scope}`);
				const executor = executors[String(option.value)];
				expect(`${option.value}: ${Boolean(executor?.execute ?? executor?.executeBatch)}`).toBe(
					`${option.value}: true`,
				);
			}
		},
	);

	it.each(resourceValues)('no two %s parameters shown together share a name', (resource) => {
		for (const { value } of operationsOf(resource)) {
			const shown = shownFor(resource, String(value));
			const seen = new Map<string, INodeProperties>();
			for (const property of shown) {
				const other = seen.get(property.name);
				if (other) {
					// Same name is fine only when other display conditions keep them apart.
					const rest = (p: INodeProperties) => {
						const conditions = { ...p.displayOptions?.show };
						delete conditions.resource;
						delete conditions.operation;
						return JSON.stringify({ show: conditions, hide: p.displayOptions?.hide });
					};
					expect(`${value}.${property.name}: ${rest(property) !== rest(other)}`).toBe(
						`${value}.${property.name}: true`,
					);
				}
				seen.set(property.name, property);
			}
		}
	});

	it('is usable as an AI tool, with a subtitle and themed icons', () => {
		const description = new Leonar().description;
		expect(description.usableAsTool).toBe(true);
		expect(description.subtitle).toContain('$parameter["operation"]');
		expect(description.icon).toEqual({
			light: expect.stringMatching(/\.svg$/),
			dark: expect.stringMatching(/\.dark\.svg$/),
		});
	});
});
