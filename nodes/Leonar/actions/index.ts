import type { INodeProperties } from 'n8n-workflow';

import * as company from './company';
import * as contact from './contact';
import * as deal from './deal';
import * as enrichment from './enrichment';
import * as file from './file';
import * as message from './message';
import * as note from './note';
import * as pipelineEntry from './pipelineEntry';
import * as project from './project';
import * as sequence from './sequence';
import * as sourcing from './sourcing';
import * as tag from './tag';
import * as task from './task';
import * as workspace from './workspace';

/**
 * The node's resources. To add one: create `actions/<resource>/` (index.ts with the
 * Operation property, one `<op>.operation.ts` per operation), then register it in the three
 * places below.
 */
export const resources = {
	company,
	contact,
	deal,
	enrichment,
	file,
	message,
	note,
	pipelineEntry,
	project,
	sequence,
	sourcing,
	tag,
	task,
	workspace,
};

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Company',
			value: 'company',
			description: 'Client and prospect companies, found or created by name. Scopes companies:read, companies:write, companies:delete.',
		},
		{
			name: 'Contact',
			value: 'contact',
			description: 'Candidates, clients and prospects. Scopes contacts:read, contacts:write, contacts:delete.',
		},
		{
			name: 'Deal',
			value: 'deal',
			description: 'Sales deals in deal pipelines: create, move, close, reopen. Scopes deals:read, deals:write, deals:delete.',
		},
		{
			name: 'Enrichment',
			value: 'enrichment',
			description:
				"Find a contact's emails and phone numbers (uses enrichment credits). Scopes enrichment:read, enrichment:write.",
		},
		{
			name: 'File',
			value: 'file',
			description: 'Documents such as CVs attached to contacts or projects: upload, list, download, delete. Scopes contacts:read/write or projects:read/write.',
		},
		{
			name: 'Message',
			value: 'message',
			description: 'Conversations and messages with contacts by email, LinkedIn or WhatsApp. Scopes messages:read, messages:write.',
		},
		{
			name: 'Note',
			value: 'note',
			description: 'Notes written on contacts, companies, deals and projects. Scopes notes:read, notes:write.',
		},
		{
			name: 'Pipeline Entry',
			value: 'pipelineEntry',
			description:
				"Candidates in a project's hiring pipeline: add, move between stages, rate, remove. Scopes pipeline:read, pipeline:write.",
		},
		{
			name: 'Project',
			value: 'project',
			description: 'Recruiting projects (job openings) with their pipeline stages. Scopes projects:read, projects:write.',
		},
		{
			name: 'Sequence',
			value: 'sequence',
			description: 'Outreach sequences: list them, enroll and unenroll contacts in bulk. Scopes sequences:read, sequences:write.',
		},
		{
			name: 'Sourcing',
			value: 'sourcing',
			description:
				"Find candidates in Leonar's database, the CRM or LinkedIn and add them to projects. Scopes sourcing:read, sourcing:write.",
		},
		{
			name: 'Tag',
			value: 'tag',
			description: 'Workspace tags, and tagging contacts. Scopes tags:read, tags:write.',
		},
		{
			name: 'Task',
			value: 'task',
			description: 'To-dos, calls, meetings and interviews with due dates and assignees. Scopes tasks:read, tasks:write.',
		},
		{
			name: 'Workspace',
			value: 'workspace',
			description: 'Workspace members and connected LinkedIn accounts. Needs no scope (any valid key).',
		},
	],
	default: 'contact',
};

export const properties: INodeProperties[] = [
	resourceProperty,
	...company.description,
	...contact.description,
	...deal.description,
	...enrichment.description,
	...file.description,
	...message.description,
	...note.description,
	...pipelineEntry.description,
	...project.description,
	...sequence.description,
	...sourcing.description,
	...tag.description,
	...task.description,
	...workspace.description,
];
