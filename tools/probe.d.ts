// Types of tools/probe.js for the tests (test/liveApi/probe.test.ts).

export type ProbeResult = 'verified' | 'contradicted' | 'not checkable';

export interface ProbeEntry {
	check: string;
	/** The assumption id (test/simulator/profiles.js CONTRADICTED, docs/live-api-safety.md). */
	assumption: string;
	title: string;
	/** The endpoint's name in nodes/Leonar/transport/endpoints.ts. */
	endpoint: string | null;
	method?: string;
	path?: string;
	evidence?: string;
	result: ProbeResult;
	detail: string;
	/** The scope the key lacks, when that made the check impossible. */
	scope?: string;
	observed?: 'exists' | 'missing';
}

export interface ProbeReport {
	tool: string;
	baseUrl: string;
	startedAt: string;
	requests: number;
	summary: Record<ProbeResult, number>;
	results: ProbeEntry[];
	endpointFindings: Array<{ endpoint: string; evidence: string; observed: string; action: string }>;
}

export function runProbe(options: {
	apiKey: string;
	baseUrl: string;
	endpoints: Record<
		string,
		{ method: string; path: string; scope: string | null; evidence: string }
	>;
	log?: (line: string) => void;
	sleep?: (ms: number) => Promise<void>;
}): Promise<ProbeReport>;

export function table(report: ProbeReport): string;

export function main(argv?: string[]): Promise<number>;
