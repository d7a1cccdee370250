/**
 * Which operation of the node is making the requests of a run, e.g. "Deal › Get", so that an
 * error about an endpoint can name the operation the user chose. Set by the router once per
 * run; loaders, lists and the trigger have none.
 */

const callers = new WeakMap<object, string>();

export function setCaller(context: object, label: string): void {
	callers.set(context, label);
}

export function callerOf(context: object): string | undefined {
	return callers.get(context);
}
