/** What an enrichment (or an advanced search that reveals contact info) can look for. */
export const DATA_TYPES = [
	{ name: 'Personal Email', value: 'personal_email' },
	{ name: 'Phone', value: 'phone' },
	{ name: 'Work Email', value: 'work_email' },
];
