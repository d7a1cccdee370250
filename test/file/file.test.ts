import { jsonOf, locator, useSimulator } from '../support';

const t = useSimulator();

const contact = () => [...t.sim.state.contacts.values()].find((c) => !c.archived_at)!;
const project = () => [...t.sim.state.projects.values()].find((p) => p.status === 'active')!;
const bytes = Buffer.from([
	0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x7f,
]);
const binaryItem = (data: Buffer, fileName = 'cv.pdf', mimeType = 'application/pdf') => ({
	data: { data: data.toString('base64'), mimeType, fileName },
});

describe('file', () => {
	it('upload then download a contact CV: the bytes come back equal', async () => {
		const c = contact();
		const uploaded = await t.run(
			{
				resource: 'file',
				operation: 'upload',
				parent: 'contact',
				contactId: locator(c.id),
				binaryPropertyName: 'data',
			},
			{ binary: [binaryItem(bytes)] },
		);
		expect(uploaded.error).toBeUndefined();
		const [call] = t.calls('POST', `/contacts/${c.id}/files`);
		expect(call.body).toEqual({
			filename: 'cv.pdf',
			content_type: 'application/pdf',
			file_base64: bytes.toString('base64'),
		});
		const [file] = jsonOf(uploaded);
		expect(file).toMatchObject({ filename: 'cv.pdf', size: bytes.length, contact_id: c.id });
		expect(uploaded.items[0].pairedItem).toEqual({ item: 0 });

		const downloaded = await t.run({
			resource: 'file',
			operation: 'download',
			parent: 'contact',
			contactId: locator(c.id),
			fileId: String(file.id),
			binaryPropertyName: 'cv',
		});
		expect(downloaded.error).toBeUndefined();
		expect(t.calls('GET', `/contacts/${c.id}/files/${String(file.id)}`)).toHaveLength(1);
		const [item] = downloaded.items;
		expect(item.json).toMatchObject({ id: file.id, filename: 'cv.pdf' });
		expect(item.json.file_base64).toBeUndefined();
		expect(item.binary?.cv).toMatchObject({ fileName: 'cv.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(item.binary!.cv.data, 'base64').equals(bytes)).toBe(true);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('upload to a project with a new file name and content type', async () => {
		const p = project();
		const result = await t.run(
			{
				resource: 'file',
				operation: 'upload',
				parent: 'project',
				projectId: locator(p.id),
				binaryPropertyName: 'doc',
				additionalFields: { fileName: 'job.txt', contentType: 'text/plain' },
			},
			{ binary: [{ doc: binaryItem(Buffer.from('Job description')).data }] },
		);
		expect(result.error).toBeUndefined();
		expect(t.calls('POST', `/projects/${p.id}/files`)[0].body).toMatchObject({
			filename: 'job.txt',
			content_type: 'text/plain',
		});
	});

	it('a missing binary property names it and the item, before any request', async () => {
		const result = await t.run(
			{
				resource: 'file',
				operation: 'upload',
				parent: 'contact',
				contactId: locator(contact().id),
				binaryPropertyName: 'resume',
			},
			{ input: [{}, {}], binary: [binaryItem(bytes), binaryItem(bytes)] },
		);
		expect(result.error?.message).toBe('Input item 0 has no binary property "resume"');
		expect(result.error?.description).toContain('Its binary properties are: data');
		expect(t.calls()).toHaveLength(0);
	});

	it('a file over 10 MB is refused before sending', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
		const result = await t.run(
			{
				resource: 'file',
				operation: 'upload',
				parent: 'contact',
				contactId: locator(contact().id),
			},
			{ binary: [binaryItem(big, 'big.bin', 'application/octet-stream')] },
		);
		expect(result.error?.message).toContain('is too large: 10.0 MB, Leonar takes at most 10 MB');
		expect(t.calls()).toHaveLength(0);
	});

	it('getAll lists the files of a project; delete removes one', async () => {
		const p = project();
		const seeded = [...t.sim.state.files.values()].find((f) => f.project_id === p.id)!;
		const listed = await t.run({
			resource: 'file',
			operation: 'getAll',
			parent: 'project',
			projectId: locator(p.id),
			returnAll: true,
		});
		expect(listed.error).toBeUndefined();
		expect(t.calls('GET', `/projects/${p.id}/files`)[0].query).toEqual({
			limit: '100',
			offset: '0',
		});
		expect(jsonOf(listed).map((f) => f.id)).toEqual([seeded.id]);

		const deleted = await t.run({
			resource: 'file',
			operation: 'delete',
			parent: 'project',
			projectId: locator(p.id),
			fileId: seeded.id,
		});
		expect(deleted.error).toBeUndefined();
		expect(t.calls('DELETE', `/projects/${p.id}/files/${seeded.id}`)).toHaveLength(1);
		expect(jsonOf(deleted)).toEqual([{ id: seeded.id, project_id: p.id, deleted: true }]);
		expect(t.sim.state.files.has(seeded.id)).toBe(false);
	});

	it('404 names the file; a scope error names contacts:write', async () => {
		const c = contact();
		const missing = '00000000-0000-4000-8000-000000000008';
		const notFound = await t.run({
			resource: 'file',
			operation: 'download',
			parent: 'contact',
			contactId: locator(c.id),
			fileId: missing,
		});
		expect(notFound.error?.message).toBe(`File ${missing} was not found in Leonar`);

		const scope = await t.run(
			{ resource: 'file', operation: 'upload', parent: 'contact', contactId: locator(c.id) },
			{ binary: [binaryItem(bytes)], key: 'contacts:read' },
		);
		expect(scope.error?.message).toContain('contacts:write');
	});
});
