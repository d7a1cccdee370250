import { recordLocator } from '../../descriptions/common';

export const taskLocator = recordLocator({
	name: 'taskId',
	displayName: 'Task',
	kind: 'task',
	searchListMethod: 'searchTasks',
	description: 'The task: pick it from the list (searched by title), paste its ID, or paste its Leonar link',
});
