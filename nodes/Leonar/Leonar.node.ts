import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './actions';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';

export class Leonar implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Leonar',
		name: 'leonar',
		icon: { light: 'file:../../icons/leonar.svg', dark: 'file:../../icons/leonar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with the Leonar recruiting CRM: contacts, companies, deals, notes, tags, tasks, enrichment, messages, projects, pipelines, sequences and sourcing',
		defaults: { name: 'Leonar' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leonarApi', required: true }],
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
