'use strict';
const C = require('./common');

const MAX_FILE = 10 * 1024 * 1024;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(s) {
	if (s.length % 4 !== 0 || !B64.test(s)) throw C.invalid('file_base64', 'Invalid base64');
	const buf = Buffer.from(s, 'base64');
	if (buf.length > MAX_FILE)
		throw C.invalid('file_base64', 'File exceeds the maximum size of 10 MB');
	return buf;
}

function guessType(filename) {
	const ext = (filename.split('.').pop() || '').toLowerCase();
	return (
		{
			pdf: 'application/pdf',
			txt: 'text/plain',
			doc: 'application/msword',
			docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			png: 'image/png',
			jpg: 'image/jpeg',
			jpeg: 'image/jpeg',
		}[ext] || 'application/octet-stream'
	);
}

function upload(ctx, owner) {
	const buf = decodeBase64(ctx.body.file_base64);
	const now = ctx.now();
	const f = {
		id: ctx.newId(),
		contact_id: owner.contact_id || null,
		project_id: owner.project_id || null,
		filename: ctx.body.filename,
		content_type: ctx.body.content_type || guessType(ctx.body.filename),
		size: buf.length,
		file_base64: ctx.body.file_base64,
		created_at: now,
		updated_at: now,
	};
	ctx.state.files.set(f.id, f);
	return { status: 201, body: { data: C.fileMeta(f) } };
}

function listFor(ctx, key, id) {
	const files = C.values(ctx, 'files')
		.filter((f) => f[key] === id)
		.sort((a, b) =>
			a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : a.id < b.id ? -1 : 1,
		);
	const { page } = require('../query');
	return { body: page(files, ctx.query.limit, ctx.query.offset, C.fileMeta) };
}

function getFor(ctx, key, id) {
	const f = ctx.state.files.get(ctx.params.file_id);
	if (!f || f[key] !== id) throw C.notFound('File');
	return f;
}

module.exports = { upload, listFor, getFor };
