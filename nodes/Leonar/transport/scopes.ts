/**
 * Leonar API key scopes and the bundles that include them, as Leonar's authentication docs
 * list them. The docs say a key's scopes are chosen when the key is created (Settings > API).
 */
export const SCOPES = [
	'contacts:read',
	'contacts:write',
	'contacts:delete',
	'companies:read',
	'companies:write',
	'companies:delete',
	'deals:read',
	'deals:write',
	'deals:delete',
	'notes:read',
	'notes:write',
	'tags:read',
	'tags:write',
	'tasks:read',
	'tasks:write',
	'enrichment:read',
	'enrichment:write',
	'messages:read',
	'messages:write',
	'projects:read',
	'projects:write',
	'pipeline:read',
	'pipeline:write',
	'sequences:read',
	'sequences:write',
	'sourcing:read',
	'sourcing:write',
] as const;

export type LeonarScope = (typeof SCOPES)[number];

const BUNDLE_FAMILIES: Record<string, string[] | 'all' | 'read'> = {
	full_access: 'all',
	read_only: 'read',
	crm: ['companies', 'deals', 'contacts', 'notes', 'tags'],
	automation: ['sequences', 'contacts', 'pipeline', 'enrichment', 'tasks'],
	sourcing: ['contacts', 'projects', 'pipeline', 'sourcing'],
};

/** The bundles whose keys carry the given scope, e.g. contacts:write → full_access, crm, automation, sourcing. */
export function bundlesIncluding(scope: string): string[] {
	const [family, access] = scope.split(':');
	return Object.entries(BUNDLE_FAMILIES)
		.filter(([, families]) => {
			if (families === 'all') return true;
			if (families === 'read') return access === 'read';
			return families.includes(family);
		})
		.map(([bundle]) => bundle);
}

const SCOPE_PATTERN = /\b([a-z]+):(read|write|delete)\b/;

/** Finds a scope name such as `contacts:write` in free text, if any. */
export function findScopeInText(text: unknown): string | undefined {
	if (typeof text !== 'string') return undefined;
	const match = SCOPE_PATTERN.exec(text);
	return match ? match[0] : undefined;
}
