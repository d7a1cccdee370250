import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireText } from '../../helpers/validation';

/** Fields a simplified note keeps. */
export const SIMPLE_NOTE_FIELDS = [
	'id',
	'content',
	'contact_id',
	'company_id',
	'deal_id',
	'project_id',
	'created_at',
] as const;

/** Longest note Leonar takes, in characters. */
export const MAX_NOTE_LENGTH = 50000;

/** The note's text: a required multi-line field. */
export function contentField(description: string): INodeProperties {
	return {
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description,
	};
}

/** The note's text of item `i`, checked (required, at most MAX_NOTE_LENGTH characters). */
export function readContent(ctx: IExecuteFunctions, i: number): string {
	return requireText.call(ctx, ctx.getNodeParameter('content', i), 'Content', i, MAX_NOTE_LENGTH);
}
