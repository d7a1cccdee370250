import { recordLocator } from '../../descriptions/common';

export const contactLocator = recordLocator({
	name: 'contactId',
	displayName: 'Contact',
	kind: 'contact',
	searchListMethod: 'searchContacts',
	description: 'The contact: pick it from the list, paste its ID, or paste its Leonar link',
});
