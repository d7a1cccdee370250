import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { checkBaseUrl } from '../nodes/Leonar/transport/baseUrl';
import { credentialRefusedError } from '../nodes/Leonar/transport/errors';

/** Where a request goes, as axios joins `baseURL` and `url`. */
function requestTarget(options: IHttpRequestOptions): string {
	// n8n's HTTP Request node passes legacy request options: `uri` and `baseUrl`.
	const legacy = options as IHttpRequestOptions & { uri?: unknown; baseUrl?: unknown };
	const url = String(options.url ?? legacy.uri ?? '');
	const base = options.baseURL ?? (typeof legacy.baseUrl === 'string' ? legacy.baseUrl : '');
	if (/^[a-z][a-z\d+.-]*:\/\//i.test(url) || !base) return url;
	return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** Whether `target` is the Base URL or below it (same scheme, host, port, and path prefix). */
function isUnder(target: string, baseUrl: string): boolean {
	try {
		const to = new URL(target);
		const base = new URL(baseUrl);
		const path = base.pathname.replace(/\/+$/, '');
		return (
			to.origin === base.origin && (to.pathname === path || to.pathname.startsWith(`${path}/`))
		);
	} catch {
		return false;
	}
}

export class LeonarApi implements ICredentialType {
	name = 'leonarApi';

	displayName = 'Leonar API';

	icon: Icon = { light: 'file:../icons/leonar.svg', dark: 'file:../icons/leonar.dark.svg' };

	documentationUrl = 'https://leonar.mintlify.app/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'leo_...',
			hint: 'Keys start with leo_. Create one in Leonar under Settings > API and give it the scopes your workflows need: a bundle (full_access, read_only, crm, automation, sourcing) or single scopes such as contacts:read.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.leonar.app/api/v1',
			description:
				'The Leonar API address. Keep the default unless you point the node at another Leonar host, for example a local simulator (http://127.0.0.1:4010/api/v1). Only https is accepted, except for localhost.',
		},
	];

	/**
	 * Puts the key on a request only when the Base URL follows the node's rule (https, or
	 * http to localhost; see transport/baseUrl.ts) and the request goes to that Base URL. n8n
	 * calls this for every request with this credential: the node's, "Test credential" and
	 * the HTTP Request node's. A refused request is not sent.
	 */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const apiKey = String(credentials.apiKey ?? '').trim();
		const checked = checkBaseUrl(credentials.baseUrl);
		if (!checked.ok) throw credentialRefusedError(checked.problem, apiKey);
		const target = requestTarget(requestOptions);
		if (!isUnder(target, checked.baseUrl)) {
			throw credentialRefusedError(
				{ kind: 'elsewhere', target: target || '(no URL)', baseUrl: checked.baseUrl },
				apiKey,
			);
		}
		// Changed in place, as n8n's generic authentication does.
		requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${apiKey}` };
		return requestOptions;
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/contacts',
			qs: { limit: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Leonar rejected the API key. Check that it was copied whole (it starts with leo_); if it is no longer valid, create a new key in Leonar under Settings > API and paste it here.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						"The key is valid but cannot list contacts: it lacks the scope contacts:read (included in every bundle), or the workspace has no active subscription. In Leonar under Settings > API, create a key with contacts:read or a bundle (full_access, read_only, crm, automation, sourcing) and paste it here; if your workspace allows editing a key's scopes, adding contacts:read to this key works too.",
				},
			},
		],
	};
}
