import { recordLocator } from '../../descriptions/common';

export const companyLocator = recordLocator({
	name: 'companyId',
	displayName: 'Company',
	kind: 'company',
	searchListMethod: 'searchCompanies',
	description: 'The company: pick it from the list, paste its ID, or paste its Leonar link',
});
