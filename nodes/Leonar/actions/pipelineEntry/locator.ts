import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../descriptions/common';

export { projectLocator } from '../project/locator';
export { contactLocator } from '../contact/locator';

export const entryLocator = recordLocator({
	name: 'entryId',
	displayName: 'Pipeline Entry',
	kind: 'pipeline entry',
	searchListMethod: 'searchPipelineEntries',
	description: "The candidate's entry in the project: pick it from the list (choose the project first) or paste its ID",
});

/** A stage of the chosen project's pipeline; the API wants the stage UUID. */
export function stageField(required: boolean, description: string): INodeProperties {
	return {
		displayName: 'Stage Name or ID',
		name: 'stageId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProjectStages', loadOptionsDependsOn: ['projectId.value'] },
		required,
		default: '',
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** Fields a simplified entry keeps. */
export const SIMPLE_ENTRY_FIELDS = [
	'id',
	'project_id',
	'contact_id',
	'stage',
	'rating',
	'notes',
	'stage_changed_at',
	'created_at',
	'updated_at',
] as const;
