import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
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
