/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a test of a development tool: it reads the simulator's document and looks for a YAML parser */
/**
 * `npm run probe -- --spec <file>`: the node's endpoint table (and the parameters and fields its
 * guesses imply, test/simulator/openapi.json) compared with an OpenAPI 3 document. Against the
 * simulator's own document: one explained difference. Against a copy with planted differences:
 * every one of them is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ENDPOINTS } from '../../nodes/Leonar/transport/endpoints';
import type { SpecDifference } from '../../tools/lib/spec';
import { compareSpec, parseDocument } from '../../tools/lib/spec';

type Doc = {
	paths: Record<string, Record<string, Record<string, unknown>>>;
};

const openapi = (): Doc =>
	JSON.parse(readFileSync(join(__dirname, '..', 'simulator', 'openapi.json'), 'utf8')) as Doc;

const lines = (differences: SpecDifference[]) =>
	differences.map((d) => `${d.kind} | ${d.endpoint ?? '-'} | ${d.operation} | ${d.message}`);

describe('the spec check', () => {
	it("against the simulator's document: only the alias the node does not call", () => {
		expect(lines(compareSpec(openapi(), ENDPOINTS))).toEqual([
			'missing in node | - | GET /sourcing/locations | the document has this operation (sourcingLocations); the node does not call it',
		]);
	});

	it('against a copy with planted differences: every one is reported', () => {
		const doc = openapi();
		const p = doc.paths;
		delete p['/deals/pipelines'];
		p['/tasks/{id}'].patch = p['/tasks/{id}'].put;
		delete p['/tasks/{id}'].put;
		p['/tags'].get['x-scope'] = 'tags:list';
		p['/contacts'].get['x-evidence'] = 'CODE';
		const projects = p['/projects'].get as { parameters: Array<{ name: string }> };
		projects.parameters = projects.parameters.filter((prm) => prm.name !== 'search');
		const tags = p['/tags'].get as { parameters: Array<{ name: string; in: string }> };
		tags.parameters.push({ name: 'color', in: 'query' });
		const advanced = (
			p['/sourcing/advanced/profiles/search'].post as {
				requestBody: {
					content: {
						'application/json': {
							schema: { properties: Record<string, { items?: { enum?: string[] } }> };
						};
					};
				};
			}
		).requestBody.content['application/json'].schema.properties;
		delete advanced.page_size;
		advanced.data_types.items!.enum = ['work_email', 'personal_email', 'mobile'];
		p['/contacts/{contact_id}/comments'] = p['/contacts/{id}/notes'];
		delete p['/contacts/{id}/notes'];
		p['/webhooks'] = { get: { operationId: 'listWebhooks', responses: {} } };

		expect(lines(compareSpec(doc, ENDPOINTS)).sort()).toEqual(
			[
				'evidence | contactList | GET /contacts | the node says DOC-REF, the document CODE',
				'missing in document | contactNoteList | GET /contacts/{id}/notes | the document does not know this operation',
				'missing in document | contactNoteCreate | POST /contacts/{id}/notes | the document does not know this operation',
				'missing in document | dealPipelineList | GET /deals/pipelines | the document does not know this operation',
				'scope | tagList | GET /tags | the node says tags:read, the document tags:list',
				'query | tagList | GET /tags | the document has query parameter "color", which the node does not use',
				'missing in document | taskUpdate | PUT /tasks/{id} | the document has GET, PATCH, DELETE on this path, not PUT',
				'query | projectList | GET /projects | the node assumes query parameter "search", which the document does not have',
				'body | sourcingAdvancedSearch | POST /sourcing/advanced/profiles/search | the node assumes body field "page_size", which the document does not have',
				'body | sourcingAdvancedSearch | POST /sourcing/advanced/profiles/search | body field "data_types" enum differs: the node assumes phone; the document adds mobile',
				'pagination | sourcingAdvancedSearch | POST /sourcing/advanced/profiles/search | the node pages with page/page_size (body), the document with none',
				'missing in node | - | PATCH /tasks/{id} | the document has this operation (updateTask); the node does not call it',
				'missing in node | - | GET /sourcing/locations | the document has this operation (sourcingLocations); the node does not call it',
				'missing in node | - | GET /contacts/{contact_id}/comments | the document has this operation (listContactNotes); the node does not call it',
				'missing in node | - | POST /contacts/{contact_id}/comments | the document has this operation (createContactNote); the node does not call it',
				'missing in node | - | GET /webhooks | the document has this operation (listWebhooks); the node does not call it',
			].sort(),
		);
	});

	it('reads YAML with a parser already installed, or says to convert it to JSON', () => {
		const yaml =
			'openapi: 3.0.3\npaths:\n  /contacts:\n    get:\n      operationId: listContacts\n';
		let installed = true;
		try {
			require.resolve('yaml');
		} catch {
			try {
				require.resolve('js-yaml');
			} catch {
				installed = false;
			}
		}
		if (installed)
			expect(parseDocument(yaml, 'x.yaml')).toEqual({
				openapi: '3.0.3',
				paths: { '/contacts': { get: { operationId: 'listContacts' } } },
			});
		else expect(() => parseDocument(yaml, 'x.yaml')).toThrow('convert it to JSON');
	});
});
