import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getProjectStages } from './engagement';

/** The Leonar Trigger's stage dropdown: "Any Stage", then the chosen project's stages. */
export async function getTriggerStages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const stages = await getProjectStages.call(this);
	return [{ name: 'Any Stage', value: '', description: 'Every move to another stage' }, ...stages];
}
