'use strict';
// Demo API keys, scopes and bundles (the bundles as README.md, "Credential: Leonar API", lists them).
const SCOPES = [
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
];

const family = (...fams) => SCOPES.filter((s) => fams.includes(s.split(':')[0]));
const BUNDLES = {
	full_access: SCOPES.slice(),
	read_only: SCOPES.filter((s) => s.endsWith(':read')),
	crm: family('companies', 'deals', 'contacts', 'notes', 'tags'),
	automation: family('sequences', 'contacts', 'pipeline', 'enrichment', 'tasks'),
	sourcing: family('contacts', 'projects', 'pipeline', 'sourcing'),
};

const tokenFor = (name) => `leo_sim_${name.replace(/[^a-z0-9]+/gi, '_')}`;

function buildKeys() {
	const keys = {};
	const byToken = new Map();
	const add = (name, scopes, special) => {
		const token = tokenFor(name);
		keys[name] = token;
		byToken.set(token, { name, token, scopes: new Set(scopes), special: special || null });
	};
	for (const [name, scopes] of Object.entries(BUNDLES)) add(name, scopes);
	for (const s of SCOPES) add(s, [s]);
	add('billing_required', SCOPES, 'billing_required');
	add('plan_upgrade_required', SCOPES, 'plan_upgrade_required');
	return { keys, byToken };
}

module.exports = { SCOPES, BUNDLES, buildKeys, tokenFor };
