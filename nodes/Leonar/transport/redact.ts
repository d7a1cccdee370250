/** Scrubbing the API key from any text or JSON that goes into an error. */

export function redact(text: string, secret?: string): string {
	if (!secret || secret.length < 4) return text;
	return text.split(secret).join('[redacted]');
}

/** A copy of any JSON value with the secret scrubbed from every string in it. */
export function scrub(value: unknown, secret?: string): unknown {
	if (typeof value === 'string') return redact(value, secret);
	if (Array.isArray(value)) return value.map((item) => scrub(item, secret));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [redact(key, secret), scrub(item, secret)]),
		);
	}
	return value;
}
