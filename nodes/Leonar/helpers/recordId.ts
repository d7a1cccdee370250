/**
 * The one parser of Leonar record ids. Pure (no n8n context), so that the node's operations,
 * the searchable lists, the dropdown loaders and the trigger all read an id the same way:
 * a UUID, or a link into the Leonar app that carries the record's id.
 */

export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const UUID_EXACT = new RegExp(`^${UUID}$`);

/** The record kinds whose Leonar app URL carries their id, and how to find it there. */
export const URL_ID_PATTERNS: Record<string, RegExp> = {
	contact: new RegExp(`(?:[?&#]contact(?:_?id)?=|/contacts?/)(${UUID})`, 'i'),
	company: new RegExp(`(?:[?&#]company(?:_?id)?=|/compan(?:y|ies)/)(${UUID})`, 'i'),
	deal: new RegExp(`(?:[?&#]deal(?:_?id)?=|/deals?/)(${UUID})`, 'i'),
	project: new RegExp(`(?:[?&#]project(?:_?id)?=|/projects?/)(${UUID})`, 'i'),
	sequence: new RegExp(`(?:[?&#]sequence(?:_?id)?=|/sequences?/)(${UUID})`, 'i'),
	task: new RegExp(`(?:[?&#]task(?:_?id)?=|/tasks?/)(${UUID})`, 'i'),
	note: new RegExp(`(?:[?&#]note(?:_?id)?=|/notes?/)(${UUID})`, 'i'),
};

const LEONAR_LINK = /^https?:\/\/([a-z0-9-]+\.)*leonar\.app\//i;

/** Regex (as a string) that a Leonar app URL of the given record kind matches, for UI validation. */
export function urlRegexFor(kind: keyof typeof URL_ID_PATTERNS): string {
	return `^https?://([a-z0-9-]+\\.)*leonar\\.app(?=[/?#]).*${URL_ID_PATTERNS[kind].source}.*`;
}

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID_EXACT.test(value);
}

/** Why a value is not a record id. */
export type RecordIdProblem = 'empty' | 'notUuid' | 'notLeonarLink' | 'noIdInLink';

export type ParsedRecordId =
	| { ok: true; id: string }
	| { ok: false; problem: RecordIdProblem; text: unknown };

/**
 * Reads a record id from what a user gave: a resource locator's value (any mode) or a plain
 * value. A link (mode `url`, or any text starting with http) must be a Leonar link that
 * carries an id of this kind; anything else must be a UUID. Ids come back in lower case.
 */
export function parseRecordId(value: unknown, kind: string, mode?: string): ParsedRecordId {
	const text = typeof value === 'string' ? value.trim() : value;
	if (mode === 'url' || (typeof text === 'string' && /^https?:\/\//i.test(text))) {
		if (typeof text !== 'string' || !LEONAR_LINK.test(text))
			return { ok: false, problem: 'notLeonarLink', text };
		const match = URL_ID_PATTERNS[kind]?.exec(text);
		return match
			? { ok: true, id: match[1].toLowerCase() }
			: { ok: false, problem: 'noIdInLink', text };
	}
	return parseUuid(text);
}

/** Reads a plain UUID (no link), as fields that take an id of something without an app page do. */
export function parseUuid(value: unknown): ParsedRecordId {
	const text = typeof value === 'string' ? value.trim() : value;
	if (text === '' || text === undefined || text === null)
		return { ok: false, problem: 'empty', text };
	if (!isUuid(text)) return { ok: false, problem: 'notUuid', text };
	return { ok: true, id: text.toLowerCase() };
}

/** The value and mode of a resource-locator parameter, or of a plain value (mode `id`). */
export function locatorValue(raw: unknown): { value: unknown; mode: string } {
	if (raw && typeof raw === 'object' && 'value' in raw) {
		const locator = raw as { value: unknown; mode?: string };
		return { value: locator.value, mode: locator.mode ?? 'id' };
	}
	return { value: raw, mode: 'id' };
}

/** The id in a locator or plain value, or undefined when there is none (for loaders and lists). */
export function recordIdOrUndefined(raw: unknown, kind: string): string | undefined {
	const { value } = locatorValue(raw);
	const parsed = parseRecordId(value, kind);
	return parsed.ok ? parsed.id : undefined;
}
