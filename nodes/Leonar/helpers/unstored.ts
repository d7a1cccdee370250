import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Fields the node sent in a create or update that Leonar's answer does not show: Leonar
 * ignored them (several fields the node sends are not in Leonar's public docs). The record
 * was written, so this is no error; the output names them in `_not_stored` and an execution
 * hint says so. Only plain values (text, number, boolean) that the answer carries under the
 * same name are compared, and a value Leonar normalised (case, punctuation, date or number
 * format) counts as stored.
 */
export function noteUnstoredFields(
	ctx: IExecuteFunctions,
	body: IDataObject | undefined,
	record: IDataObject,
	kind: string,
): IDataObject {
	const missing = Object.entries(body ?? {})
		.filter(
			([field, value]) =>
				!isEmpty(value) &&
				typeof value !== 'object' &&
				field in record &&
				!sameValue(value, record[field]),
		)
		.map(([field]) => field);
	if (!missing.length) return record;
	if (typeof ctx.addExecutionHints === 'function') {
		ctx.addExecutionHints({
			message: `Leonar did not store ${missing.join(', ')} of the ${kind.toLowerCase()} (not in Leonar's public docs); the other fields were written.`,
			location: 'outputPane',
		});
	}
	return { ...record, _not_stored: missing };
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

const plain = (value: unknown) =>
	String(value)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');

/** Whether the stored value is the sent one, allowing for Leonar's normalisation. */
function sameValue(sent: unknown, stored: unknown): boolean {
	if (isEmpty(stored)) return false;
	if (typeof sent === 'boolean' || typeof stored === 'boolean') return sent === stored;
	if (Number(sent) === Number(stored) && String(sent).trim() !== '') return true;
	const sentTime = Date.parse(String(sent));
	if (Number.isFinite(sentTime) && sentTime === Date.parse(String(stored))) return true;
	const [a, b] = [plain(sent), plain(stored)];
	return a === b || (a.length > 0 && (b.includes(a) || a.includes(b)));
}
