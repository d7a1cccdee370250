import { defineResource } from '../resource';
import { operation as archive } from './archive.operation';
import { operation as close } from './close.operation';
import { operation as create } from './create.operation';
import { operation as get } from './get.operation';
import { operation as getAll } from './getAll.operation';
import { operation as getPipelines } from './getPipelines.operation';
import { operation as moveStage } from './moveStage.operation';
import { operation as reopen } from './reopen.operation';
import { operation as update } from './update.operation';

export const deal = defineResource({
	value: 'deal',
	label: 'Deal',
	summary: 'Sales deals in deal pipelines: create, move, close, reopen.',
	defaultOperation: 'getAll',
	operations: [archive, close, create, get, getAll, getPipelines, moveStage, reopen, update],
});
