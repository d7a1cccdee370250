import type { INodeProperties } from 'n8n-workflow';

/** Query filters written with Leonar's operators (`field=op.value`). */

/** `ilike.%text%`: case-insensitive "contains". */
export const contains = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() ? `ilike.%${value.trim()}%` : undefined;

/** The Archived filter of lists whose records carry `archived_at` (companies, deals). */
export function archivedFilterProperty(records: string): INodeProperties {
	return {
		displayName: 'Archived',
		name: 'archived',
		type: 'options',
		options: [
			{ name: 'Active Only', value: 'active' },
			{ name: 'Archived Only', value: 'archived' },
		],
		default: 'active',
		description: `Whether to list active or archived ${records} (without this filter, Leonar lists active ones)`,
	};
}

/** The `archived_at` operator for the Archived filter's value. */
export const archivedFilter = (value: unknown): string | undefined =>
	value === 'archived' ? 'is.not_null' : value === 'active' ? 'is.null' : undefined;
