import * as contact from './contact';

/** Every resource of the node, keyed by its `resource` parameter value. */
export const resources = { contact };
