import { recordLocator } from '../../descriptions/common';

export const projectLocator = recordLocator({
	name: 'projectId',
	displayName: 'Project',
	kind: 'project',
	searchListMethod: 'searchProjects',
	description: 'The project (job opening): pick it from the list, paste its ID, or paste its Leonar link',
});
