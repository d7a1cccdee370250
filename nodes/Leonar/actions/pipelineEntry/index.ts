import { defineResource } from '../resource';
import { operation as create } from './create.operation';
import { operation as del } from './delete.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as moveStage } from './moveStage.operation';
import { operation as update } from './update.operation';

export const pipelineEntry = defineResource({
	value: 'pipelineEntry',
	label: 'Pipeline Entry',
	summary: "Candidates in a project's hiring pipeline: add, move between stages, rate, remove.",
	defaultOperation: 'getAll',
	operations: [create, del, get, getAll, moveStage, update],
});
