import { defineResource } from '../resource';
import { operation as enrich } from './enrich.operation';
import { operation as get } from './get.operation';

export const enrichment = defineResource({
	value: 'enrichment',
	label: 'Enrichment',
	summary: "Find a contact's emails and phone numbers (uses enrichment credits).",
	defaultOperation: 'enrich',
	operations: [enrich, get],
});
