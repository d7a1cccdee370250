// Types of tools/lib/spec.js for the tests (test/liveApi/spec.test.ts).

export interface SpecDifference {
	kind: string;
	/** The endpoint's name in nodes/Leonar/transport/endpoints.ts (none for "missing in node"). */
	endpoint?: string;
	operation: string;
	message: string;
}

export function compareSpec(
	doc: Record<string, unknown>,
	endpoints: Record<
		string,
		{ method: string; path: string; scope: string | null; evidence: string }
	>,
	assumedDoc?: Record<string, unknown>,
): SpecDifference[];

export function parseDocument(text: string, where: string): Record<string, unknown>;

export function runSpecCheck(options: {
	source?: string;
	endpoints: Record<string, unknown>;
	log?: (line: string) => void;
	assumedDoc?: Record<string, unknown>;
}): Promise<number>;

export const PUBLISHED: string[];
