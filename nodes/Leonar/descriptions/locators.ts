import type { INodeProperties } from 'n8n-workflow';

import { URL_ID_PATTERNS, UUID, urlRegexFor } from '../helpers/recordId';

/**
 * Resource locators: the "pick from a list, paste an id, or paste a Leonar link" fields. A
 * locator is a descriptor that knows its parameter, its label and its record kind, so that
 * an operation reads an id with `readRecordId(this, contactLocator, i)` and every message
 * names the field as the user sees it.
 */
export interface RecordLocator {
	/** The parameter name (fixed: saved workflows use it). */
	parameter: string;
	/** The field's label, as error messages name it. */
	label: string;
	/** The record kind, as messages name it and as Leonar links are parsed. */
	kind: string;
	/** The node property. */
	property: INodeProperties;
}

interface LocatorOptions {
	name: string;
	displayName: string;
	kind: string;
	searchListMethod: string;
	description?: string;
}

/**
 * A resource locator: pick from a searchable list, paste an id, or paste a Leonar app link
 * (the link mode only for record kinds whose app URL is known to carry the id).
 */
export function recordLocator(options: LocatorOptions): RecordLocator {
	const { name, displayName, kind, searchListMethod } = options;
	const hasUrl = URL_ID_PATTERNS[kind] !== undefined;
	const property: INodeProperties = {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description ?? `The ${kind} to use`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${kind}...`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3f2b6c1e-8a4d-4c2b-9f1e-2d3c4b5a6f70',
				validation: [
					{
						type: 'regex',
						properties: { regex: `^\\s*${UUID}\\s*$`, errorMessage: 'Not a Leonar id (UUID)' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://app.leonar.app/... (a link to the ${kind})`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: hasUrl ? urlRegexFor(kind) : '^$',
							errorMessage: `Not a Leonar link to a ${kind}`,
						},
					},
				],
			},
		],
	};
	if (!hasUrl) property.modes = property.modes?.filter((mode) => mode.name !== 'url');
	return { parameter: name, label: displayName, kind, property };
}

/** The same locator with another description (e.g. "The contact to enroll"). */
export function describedAs(locator: RecordLocator, description: string): INodeProperties {
	return { ...locator.property, description };
}

export const companyLocator = recordLocator({
	name: 'companyId',
	displayName: 'Company',
	kind: 'company',
	searchListMethod: 'searchCompanies',
	description: 'The company: pick it from the list, paste its ID, or paste its Leonar link',
});

export const contactLocator = recordLocator({
	name: 'contactId',
	displayName: 'Contact',
	kind: 'contact',
	searchListMethod: 'searchContacts',
	description: 'The contact: pick it from the list, paste its ID, or paste its Leonar link',
});

export const conversationLocator = recordLocator({
	name: 'conversationId',
	displayName: 'Conversation',
	kind: 'conversation',
	searchListMethod: 'searchConversations',
	description:
		'The conversation with a contact on one channel: pick it from the list (search by subject) or paste its ID',
});

export const dealLocator = recordLocator({
	name: 'dealId',
	displayName: 'Deal',
	kind: 'deal',
	searchListMethod: 'searchDeals',
	description: 'The deal: pick it from the list, paste its ID, or paste its Leonar link',
});

export const entryLocator = recordLocator({
	name: 'entryId',
	displayName: 'Pipeline Entry',
	kind: 'pipeline entry',
	searchListMethod: 'searchPipelineEntries',
	description:
		"The candidate's entry in the project: pick it from the list (choose the project first) or paste its ID",
});

export const noteLocator = recordLocator({
	name: 'noteId',
	displayName: 'Note',
	kind: 'note',
	searchListMethod: 'searchNotes',
	description:
		'The note: pick it from the list (searched by its text), paste its ID, or paste its Leonar link',
});

export const projectLocator = recordLocator({
	name: 'projectId',
	displayName: 'Project',
	kind: 'project',
	searchListMethod: 'searchProjects',
	description:
		'The project (job opening): pick it from the list, paste its ID, or paste its Leonar link',
});

export const sequenceLocator = recordLocator({
	name: 'sequenceId',
	displayName: 'Sequence',
	kind: 'sequence',
	searchListMethod: 'searchSequences',
	description:
		'The outreach sequence: pick it from the list, paste its ID, or paste its Leonar link',
});

export const tagLocator = recordLocator({
	name: 'tagId',
	displayName: 'Tag',
	kind: 'tag',
	searchListMethod: 'searchTags',
	description: "The tag: pick it from the workspace's tags or paste its ID",
});

export const taskLocator = recordLocator({
	name: 'taskId',
	displayName: 'Task',
	kind: 'task',
	searchListMethod: 'searchTasks',
	description:
		'The task: pick it from the list (searched by title), paste its ID, or paste its Leonar link',
});
