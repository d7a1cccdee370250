/** The shapes the transport's modules share: who sends a request, what it carries, what comes back. */

import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

export type LeonarContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface LeonarRequest {
	pathParams?: Record<string, string>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	/** The record named in "not found" errors (defaults to the `id` path parameter). */
	recordId?: string;
}

export interface LeonarResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: IDataObject;
}
