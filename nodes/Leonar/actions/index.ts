import type { INodeProperties } from 'n8n-workflow';

import * as contact from './contact';

/**
 * The node's resources. To add one: create `actions/<resource>/` (index.ts with the
 * Operation property, one `<op>.operation.ts` per operation), then register it in the three
 * places below.
 */
export const resources = { contact };

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Contact',
			value: 'contact',
			description: 'Candidates, clients and prospects. Scopes contacts:read, contacts:write, contacts:delete.',
		},
	],
	default: 'contact',
};

export const properties: INodeProperties[] = [resourceProperty, ...contact.description];
