// Type declarations for the Leonar API simulator (test/simulator/index.js).

export type Scope =
	| 'contacts:read'
	| 'contacts:write'
	| 'contacts:delete'
	| 'companies:read'
	| 'companies:write'
	| 'companies:delete'
	| 'deals:read'
	| 'deals:write'
	| 'deals:delete'
	| 'notes:read'
	| 'notes:write'
	| 'tags:read'
	| 'tags:write'
	| 'tasks:read'
	| 'tasks:write'
	| 'enrichment:read'
	| 'enrichment:write'
	| 'messages:read'
	| 'messages:write'
	| 'projects:read'
	| 'projects:write'
	| 'pipeline:read'
	| 'pipeline:write'
	| 'sequences:read'
	| 'sequences:write'
	| 'sourcing:read'
	| 'sourcing:write';

export type Bundle = 'full_access' | 'read_only' | 'crm' | 'automation' | 'sourcing';
export type KeyName = Bundle | Scope | 'billing_required' | 'plan_upgrade_required';

export interface RateLimitOptions {
	limit?: number;
	windowSeconds?: number;
}
export interface Credits {
	sourcing?: number;
	enrichment?: number;
}

export interface LatencyOptions {
	/** Delay before every API request is handled, in ms (default 0). */
	fixedMs?: number;
	/** Plus a uniform random 0..jitterMs ms (default 0). */
	jitterMs?: number;
}

export interface SimulatorOptions {
	/** 0 = random free port (default). */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	/** Default { limit: 1000, windowSeconds: 3600 }. */
	rateLimit?: RateLimitOptions;
	/** Load the deterministic seed data (default true). */
	seed?: boolean;
	/** Default { sourcing: 100, enrichment: 100 }. */
	credits?: Credits;
	/**
	 * 'default' (every endpoint, every guess of the node) or 'documented' (only what Leonar's public
	 * docs show; see profiles.js). Default: env LEONAR_SIM_PROFILE, else 'default'.
	 */
	profile?: SimulatorProfile;
	/** Default none (0 + 0 ms). */
	latency?: LatencyOptions;
}

export type SimulatorProfile = 'default' | 'documented';

/** One assumption of the node that the documented profile contradicts (profiles.js). */
export interface ContradictedAssumption {
	id: string;
	endpoint: string;
	assumption: string;
	documented: string;
}

export interface LogEntry {
	method: string;
	/** Path without the /api/v1 prefix and without the query string, e.g. '/contacts/…'. */
	path: string;
	/** Query parameters as strings; repeated keys become arrays. */
	query: Record<string, string | string[]>;
	/** Parsed JSON body, the raw string when it is not JSON, null when absent. */
	body: unknown;
	/** Request headers, lower-cased names. */
	headers: Record<string, string | string[] | undefined>;
	/** Response status; null when the socket was dropped by a fault. */
	status: number | null;
	/** Sim-clock time (ms) when the request arrived. */
	at: number;
	/** Response payload that was sent (object, or string for malformed faults). */
	response?: unknown;
	/** API requests being handled when this one arrived, itself included. */
	inFlight?: number;
	/** Set when a fault rule matched, e.g. 'status:503', 'drop', 'truncate', 'delay:200'. */
	fault?: string;
}

export type FaultAction =
	| { status: number; body?: unknown; headers?: Record<string, string> }
	| { delayMs: number }
	| { drop: true }
	| { malformed: true | string }
	| { truncate: true }
	| { emptyPageHasMore: true }
	| { mutate: (state: SimulatorState, sim: Simulator) => void | Promise<void> }
	| { insertContacts: number }
	| { deleteContacts: number };

export interface FaultRule {
	method?: string;
	/** Exact path without /api/v1 ('/contacts'), a RegExp, or { regex, flags } (HTTP form). */
	path?: string | RegExp | { regex: string; flags?: string };
	/** Number of times the fault fires (default 1; Infinity allowed, 'Infinity' in JSON). */
	times?: number | 'Infinity';
	/** Let this many matching requests pass first. */
	skip?: number;
	action: FaultAction;
}

// Records are loosely typed on purpose (tests read and mutate them freely).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rec = Record<string, any>;

export interface SimulatorState {
	contacts: Map<string, Rec>;
	companies: Map<string, Rec>;
	deals: Map<string, Rec>;
	/** Deal pipelines (project pipelines live in project.pipeline). */
	pipelines: Map<string, Rec>;
	notes: Map<string, Rec>;
	tags: Map<string, Rec>;
	tasks: Map<string, Rec>;
	enrichments: Map<string, Rec>;
	conversations: Map<string, Rec>;
	messages: Map<string, Rec>;
	projects: Map<string, Rec>;
	entries: Map<string, Rec>;
	sequences: Map<string, Rec>;
	enrollments: Map<string, Rec>;
	files: Map<string, Rec>;
	/** Keyed by user_id. */
	members: Map<string, Rec>;
	connectedAccounts: Map<string, Rec>;
	/** Custom-field definitions; entity = 'contact' | 'company'. */
	customFields: Map<string, Rec>;
	sourcingProfiles: Rec[];
	credits: { sourcing: number; enrichment: number };
}

export interface SimClock {
	now(): number;
	iso(): string;
	/** Freeze the clock at that instant. */
	set(v: Date | string | number): number;
	/** Move forward (a frozen clock stays frozen; the real clock gets an offset). */
	advance(ms: number): number;
	useRealTime(): number;
}

export interface Faults {
	add(rule: FaultRule): unknown;
	clear(): void;
	list(): unknown[];
}

export interface Simulator {
	/** 'http://127.0.0.1:PORT/api/v1' */
	url: string;
	/** 'http://127.0.0.1:PORT' (control plane at baseUrl + '/__sim/…') */
	baseUrl: string;
	port: number;
	host: string;
	/** The underlying http.Server (null after close). */
	server: unknown;
	/** Key name → token, e.g. keys.full_access === 'leo_sim_full_access', keys['contacts:read'] === 'leo_sim_contacts_read'. */
	keys: Record<KeyName, string>;
	scopes: Scope[];
	bundles: Record<Bundle, Scope[]>;
	log: LogEntry[];
	state: SimulatorState;
	clock: SimClock;
	faults: Faults;
	rateLimit: Required<RateLimitOptions>;
	latency: Required<LatencyOptions>;
	/** API requests being handled now, and their peak since the last reset (or resetInFlight()). */
	inFlight: { current: number; max: number };
	/** The parsed openapi.json. */
	openapi: Record<string, unknown>;
	clearLog(): void;
	/** Back to seed state; clears log, faults, rate-limit counters; clock back to real time. */
	reset(): this;
	/** Creates n contacts now (full contact objects returned). */
	seedContacts(n: number, overrides?: Rec): Rec[];
	setRateLimit(opts: RateLimitOptions): Required<RateLimitOptions>;
	/** Changes the latency until the next reset (which restores the start option). */
	setLatency(latency: LatencyOptions): Required<LatencyOptions>;
	/** Starts a new peak: max = current. */
	resetInFlight(): { current: number; max: number };
	setCredits(credits: Credits): { sourcing: number; enrichment: number };
	/** The active profile; reset() goes back to the one the simulator was started with. */
	profile: SimulatorProfile;
	setProfile(profile: SimulatorProfile): SimulatorProfile;
	close(): Promise<void>;
}

export function startSimulator(options?: SimulatorOptions): Promise<Simulator>;
/** Creates an instance without listening; call `await sim.listen()`. */
export function createSimulator(
	options?: SimulatorOptions,
): Simulator & { listen(): Promise<Simulator> };
export const SCOPES: Scope[];
export const BUNDLES: Record<Bundle, Scope[]>;
export const API_PREFIX: '/api/v1';
export const PROFILES: SimulatorProfile[];
export const CONTRADICTED: ContradictedAssumption[];
