export const TAG_SCOPES = [
	{ name: 'Company', value: 'company' },
	{ name: 'Contact', value: 'contact' },
	{ name: 'Deal', value: 'deal' },
	{ name: 'Global', value: 'global' },
	{ name: 'Project', value: 'project' },
];

/** Fields a simplified tag keeps. */
export const SIMPLE_TAG_FIELDS = ['id', 'name', 'color', 'scope'] as const;
