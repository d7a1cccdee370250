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
