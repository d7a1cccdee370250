import { recordLocator } from '../../descriptions/common';

export const dealLocator = recordLocator({
	name: 'dealId',
	displayName: 'Deal',
	kind: 'deal',
	searchListMethod: 'searchDeals',
	description: 'The deal: pick it from the list, paste its ID, or paste its Leonar link',
});
