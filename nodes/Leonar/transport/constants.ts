/**
 * The transport's fixed numbers: the default base URL and request options, Leonar's page
 * size, and the bounds on attempts, backoff, rate-limit waits and pages.
 */

export const DEFAULT_BASE_URL = 'https://app.leonar.app/api/v1';
/** Leonar's largest page (`limit` range 1–100). */
export const MAX_PAGE_SIZE = 100;
/** Default bound on waiting for an hourly window to reset, in seconds. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT = 60;
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Attempts for a request that fails with a 5xx or a network error and may be retried. */
export const MAX_ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 500;
/** How often one request may wait for a rate-limit window before giving up. */
export const MAX_RATE_LIMIT_WAITS = 3;
/** Margin added to the reset moment, so that the retry lands in the new window. */
export const RESET_MARGIN_MS = 250;
/** The least the node waits after a 429; it doubles per 429 when the reset is unknown. */
export const RATE_LIMIT_FLOOR_MS = 1000;
/** A reset further past than this (clock skew) or further ahead (not an hourly window) is unusable. */
export const MAX_RESET_BEHIND_MS = 5_000;
export const MAX_RESET_AHEAD_MS = 2 * 3600 * 1000;
/** Upper bound on pages one list may take (100 records each): 1,000,000 records. */
export const MAX_PAGES = 10_000;
/** Upper bound on pages a sourcing search may take (100 profiles each): 100,000 profiles. */
export const MAX_SOURCING_PAGES = 1_000;
/** How often an empty page that claims more records is asked again before giving up. */
export const MAX_EMPTY_PAGES = 2;
/**
 * Pages of a Return All read asked at once, once the first page gave the total (never more
 * than the requests the API last said are left in the window). The same bound as the default
 * of the per-item Concurrency option: what one node has in flight by default.
 */
export const CONCURRENT_PAGES = 5;
