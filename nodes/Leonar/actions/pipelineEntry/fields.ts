import type { INodeProperties } from 'n8n-workflow';

/** A stage of the chosen project's pipeline; the API wants the stage UUID. */
export function stageField(required: boolean, description: string): INodeProperties {
	return {
		displayName: 'Stage Name or ID',
		name: 'stageId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getProjectStages',
			loadOptionsDependsOn: ['projectId.value'],
		},
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
