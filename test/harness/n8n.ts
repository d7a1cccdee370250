/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
/**
 * Runs the Leonar node inside n8n's own execution engine (n8n-core's WorkflowExecute), so
 * that n8n's real parameter resolution, `httpRequestWithAuthentication`, pairedItem
 * bookkeeping and Continue On Fail handling all run. The only parts written here are the
 * ones the n8n server would supply: node and credential type registries, and a credentials
 * helper that applies the credential's generic `authenticate` block the way n8n's CLI does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'leonar-n8n-'));
// n8n's own logger prints every node error; tests read errors from the run instead.
process.env.N8N_LOG_LEVEL ??= 'silent';

import type {
	ICredentialDataDecryptedObject,
	IBinaryKeyData,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	INodeTypeDescription,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	Workflow as WorkflowType,
} from 'n8n-workflow';
import {
	ICredentialsHelper,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
} from 'n8n-workflow';
import { Credentials, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { LeonarApi } from '../../credentials/LeonarApi.credentials';
import { Leonar } from '../../nodes/Leonar/Leonar.node';

export const LEONAR_TYPE = 'n8n-nodes-leonar.leonar';
const INPUT_TYPE = 'test.input';

/** A stand-in for an upstream node (e.g. a Code node): outputs the items it is given. */
class InputNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Input',
		name: 'input',
		group: ['input'],
		version: 1,
		description: 'Outputs test items',
		defaults: { name: 'Input' },
		usableAsTool: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as INodeExecutionData[];
		return [items.map((item, index) => ({ ...item, pairedItem: { item: index } }))];
	}
}

const nodeTypeRegistry: Record<string, INodeType> = {
	[LEONAR_TYPE]: new Leonar(),
	[INPUT_TYPE]: new InputNode(),
};

export function registerNodeType(type: string, nodeType: INodeType): void {
	nodeTypeRegistry[type] = nodeType;
}

export class NodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		const nodeType = nodeTypeRegistry[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

const credentialTypes: Record<string, ICredentialType> = { leonarApi: new LeonarApi() };

/** What n8n's CLI CredentialsHelper does for a credential with a generic `authenticate` block. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: WorkflowType,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		const authenticate = type.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate && authenticate.type === 'generic') {
			requestOptions.headers ??= {};
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				const target = ((requestOptions as unknown as Record<string, IDataObject>)[outerKey] ??=
					{});
				for (const [key, value] of Object.entries(outerValue as Record<string, string>)) {
					target[this.resolve(key, credentials, workflow, node)] = this.resolve(
						value,
						credentials,
						workflow,
						node,
					);
				}
			}
		}
		return requestOptions;
	}

	private resolve(
		value: string,
		credentials: ICredentialDataDecryptedObject,
		workflow: WorkflowType,
		node: INode,
	) {
		if (typeof value !== 'string' || !value.startsWith('=')) return value;
		return workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		) as string;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string) {
		return new Credentials(nodeCredentials, type, '');
	}

	/** The decrypted credential with the type's defaults applied, as n8n does. */
	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		const withDefaults = NodeHelpers.getNodeParameters(
			credentialTypes[type].properties,
			data as INodeParameters,
			true,
			false,
			null,
			null,
		);
		return { ...(withDefaults as ICredentialDataDecryptedObject) };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return credentialTypes[type].properties;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}
}

export interface RunOptions {
	/** The Leonar node's parameters, as a saved workflow stores them. */
	parameters: INodeParameters;
	/** Input items (json only); one empty item by default. */
	input?: IDataObject[];
	/**
	 * Binary data of the input items, by item index (e.g. `[{ data: { data: base64, mimeType,
	 * fileName } }]`). With no binary data service set up, n8n keeps binary data in memory as
	 * base64 in `data`, which is what these are.
	 */
	binary?: Array<IBinaryKeyData | undefined>;
	credentials: { apiKey: string; baseUrl: string };
	continueOnFail?: boolean;
	/** Node settings such as retryOnFail. */
	nodeSettings?: Partial<INode>;
	nodeType?: string;
}

export interface RunResult {
	/** The Leonar node's output items (first output). */
	items: INodeExecutionData[];
	/** The error the node stopped with, if it did. */
	error?: Error & {
		description?: string;
		httpCode?: string;
		context?: IDataObject;
		messages?: string[];
	};
	run: IRun;
}

let workflowCounter = 0;

export function createAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new CredentialsHelper(credentials),
		hooks,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not used in these tests');
		},
		getRunExecutionData: async () => undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('Task runners are not used in these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs Input → Leonar in n8n's WorkflowExecute and returns what the Leonar node produced. */
export async function runLeonar(options: RunOptions): Promise<RunResult> {
	const input = options.input ?? [{}];
	const leonarNode: INode = {
		id: 'leonar-node',
		name: 'Leonar',
		type: options.nodeType ?? LEONAR_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters,
		credentials: { leonarApi: { id: '1', name: 'Leonar account' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...options.nodeSettings,
	};
	const inputNode: INode = {
		id: 'input-node',
		name: 'Input',
		type: INPUT_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			items: JSON.stringify(
				input.map((json, index) =>
					options.binary?.[index] ? { json, binary: options.binary[index] } : { json },
				),
			),
		},
	};
	const workflow = new Workflow({
		id: `test-${++workflowCounter}`,
		nodes: [inputNode, leonarNode],
		connections: {
			Input: { main: [[{ node: 'Leonar', type: NodeConnectionTypes.Main, index: 0 }]] },
		},
		nodeTypes: new NodeTypes(),
		active: false,
		settings: {},
	});

	const hooks = new ExecutionLifecycleHooks('manual', `exec-${workflowCounter}`, {
		id: workflow.id,
		name: 'test',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: workflow.nodes ? Object.values(workflow.nodes) : [],
		connections: {},
		activeVersionId: null,
	} as never);
	let resolveRun: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolveRun(fullRunData));

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: inputNode, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});

	const additionalData = createAdditionalData({ leonarApi: options.credentials }, hooks);
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	try {
		await execute.processRunExecutionData(workflow);
	} catch (error) {
		// n8n refuses to start a workflow whose parameters fail validation (e.g. a resource
		// locator value that does not match its mode's regex): the user sees that error.
		return { items: [], error: error as RunResult['error'], run: undefined as unknown as IRun };
	}
	const run = await finished;

	const taskData = run.data.resultData.runData.Leonar?.[0];
	const items = (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[];
	const error = (taskData?.error ?? run.data.resultData.error) as RunResult['error'];
	return { items, error, run };
}
