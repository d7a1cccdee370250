import { recordLocator } from '../../descriptions/common';

export const tagLocator = recordLocator({
	name: 'tagId',
	displayName: 'Tag',
	kind: 'tag',
	searchListMethod: 'searchTags',
	description: "The tag: pick it from the workspace's tags or paste its ID",
});

export const TAG_SCOPES = [
	{ name: 'Company', value: 'company' },
	{ name: 'Contact', value: 'contact' },
	{ name: 'Deal', value: 'deal' },
	{ name: 'Global', value: 'global' },
	{ name: 'Project', value: 'project' },
];

/** Fields a simplified tag keeps. */
export const SIMPLE_TAG_FIELDS = ['id', 'name', 'color', 'scope'] as const;
