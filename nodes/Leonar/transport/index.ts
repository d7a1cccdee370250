/**
 * The transport: the one way the node talks to Leonar. Every request of the node goes
 * through `leonarApiRequest` / `leonarRequest` (./request.ts), which authenticates with n8n's
 * `httpRequestWithAuthentication`, paces itself on the `X-RateLimit-*` headers, retries what
 * is safe to retry, and turns every failure into an actionable error (./errors.ts).
 *
 * This file only re-exports the transport's public API; the parts live by concern in
 * constants, types, credentials, baseUrl, settings, rateLimit, retry, deadline, pause, sent,
 * network, apiFailures, redact, errors, request and pagers/ (offset lists and their order,
 * sourcing and LinkedIn profile searches).
 */

export {
	DEFAULT_BASE_URL,
	DEFAULT_MAX_RATE_LIMIT_WAIT,
	DEFAULT_TIMEOUT_SECONDS,
	MAX_PAGE_SIZE,
} from './constants';
export { getLeonarCredentials } from './credentials';
export { leonarApiRequestAllItems } from './pagers/offset';
export type { ListOptions } from './pagers/offset';
export {
	leonarLinkedinRequestAllPages,
	leonarSourcingRequestAllPages,
	profilePageSize,
} from './pagers/profiles';
export type { ProfilePagingOptions } from './pagers/profiles';
export { leonarApiRequest, leonarRequest } from './request';
export { getRequestSettings } from './settings';
export type { RequestSettings } from './settings';
export type { LeonarContext, LeonarRequest, LeonarResponse } from './types';
