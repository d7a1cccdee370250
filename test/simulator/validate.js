'use strict';
// Request validation against openapi.json (ajv 8 + ajv-formats). Error messages in the API's style:
// "email: Invalid email format" (field: message, several joined with "; "), details = [{field, message}].
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'is'];

function makeAjv(coerce) {
	const ajv = new Ajv({
		allErrors: true,
		strict: false,
		coerceTypes: coerce ? 'array' : false,
		useDefaults: true,
		allowUnionTypes: true,
	});
	addFormats(ajv, ['email', 'uuid', 'date', 'date-time', 'uri']);
	return ajv;
}

function fieldOf(instancePath, prefix) {
	const p = instancePath
		.replace(/^\//, '')
		.split('/')
		.filter(Boolean)
		.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
	return [prefix, ...p].filter(Boolean).join('.');
}

const FORMAT_MSG = {
	email: 'Invalid email format',
	uuid: 'Invalid uuid',
	date: 'Invalid date (expected YYYY-MM-DD)',
	'date-time': 'Invalid datetime (expected ISO 8601 with timezone)',
	uri: 'Invalid url',
};

function describe(err, prefix) {
	let field = fieldOf(err.instancePath, prefix);
	const p = err.params || {};
	let message;
	switch (err.keyword) {
		case 'required':
			field = [field, p.missingProperty].filter(Boolean).join('.');
			message = 'Required';
			break;
		case 'additionalProperties':
			field = [field, p.additionalProperty].filter(Boolean).join('.');
			message = 'Unknown field';
			break;
		case 'format':
			message = FORMAT_MSG[p.format] || `Invalid ${p.format}`;
			break;
		case 'enum':
			message = `Invalid enum value. Expected ${p.allowedValues.map((v) => `'${v}'`).join(' | ')}`;
			break;
		case 'maxLength':
			message = `String must contain at most ${p.limit} character(s)`;
			break;
		case 'minLength':
			message =
				p.limit === 1
					? 'String must contain at least 1 character(s)'
					: `String must contain at least ${p.limit} character(s)`;
			break;
		case 'maxItems':
			message = `Array must contain at most ${p.limit} element(s)`;
			break;
		case 'minItems':
			message = `Array must contain at least ${p.limit} element(s)`;
			break;
		case 'uniqueItems':
			message = 'Array items must be unique';
			break;
		case 'minimum':
			message = `Number must be greater than or equal to ${p.limit}`;
			break;
		case 'maximum':
			message = `Number must be less than or equal to ${p.limit}`;
			break;
		case 'pattern':
			message = 'Invalid format';
			break;
		case 'type':
			message = `Expected ${p.type}`;
			break;
		default:
			message = err.message || 'Invalid value';
	}
	return { field: field || 'body', message };
}

class ValidationError extends Error {
	constructor(details) {
		super(details.map((d) => `${d.field}: ${d.message}`).join('; '));
		this.details = details;
	}
}

function dedupe(details) {
	const seen = new Set();
	return details.filter((d) => {
		const k = `${d.field}|${d.message}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

function compileOperation(operation, ajvQuery, ajvBody) {
	const params = operation.parameters || [];
	const pathProps = {};
	const queryProps = {};
	const queryRequired = [];
	for (const prm of params) {
		if (prm.in === 'path') pathProps[prm.name] = prm.schema;
		else if (prm.in === 'query') {
			queryProps[prm.name] = prm.schema;
			if (prm.required) queryRequired.push(prm.name);
		}
	}
	const pathSchema = { type: 'object', properties: pathProps };
	const querySchema = {
		type: 'object',
		properties: queryProps,
		...(queryRequired.length ? { required: queryRequired } : {}),
	};
	const bodySchema =
		operation.requestBody && operation.requestBody.content['application/json'].schema;
	return {
		queryParams: new Set(Object.keys(queryProps)),
		filterFields: operation['x-filter-fields'] ? new Set(operation['x-filter-fields']) : null,
		validatePath: ajvBody.compile(pathSchema),
		validateQuery: ajvQuery.compile(querySchema),
		validateBody: bodySchema ? ajvBody.compile(bodySchema) : null,
		bodyRequired: !!(operation.requestBody && operation.requestBody.required),
	};
}

/**
 * Validate one request. Returns { params, query (named, coerced, with defaults), filters: [{field, op, value}], body }.
 * Throws ValidationError.
 */
function validateRequest(compiled, { params, rawQuery, body, hasBody, method }) {
	const details = [];
	if (!compiled.validatePath(params))
		for (const e of compiled.validatePath.errors) details.push(describe(e, ''));
	if (details.length) throw new ValidationError(dedupe(details));

	const named = {};
	const filters = [];
	for (const [key, value] of Object.entries(rawQuery)) {
		const isOperatorValue =
			typeof value === 'string' &&
			/^([a-z_]+)\./.test(value) &&
			OPERATORS.includes(value.split('.')[0]);
		const isFilterField = compiled.filterFields && compiled.filterFields.has(key);
		if (compiled.queryParams.has(key) && !(isFilterField && isOperatorValue)) {
			named[key] = value;
			continue;
		}
		if (isFilterField) {
			const values = Array.isArray(value) ? value : [value];
			for (const v of values) {
				const m = /^([a-z_]+)\.(.*)$/s.exec(v);
				if (!m) {
					details.push({
						field: key,
						message: `Filter must use an operator: ${OPERATORS.map((o) => o + '.').join(', ')}`,
					});
					continue;
				}
				const [, op, operand] = m;
				if (!OPERATORS.includes(op)) {
					details.push({ field: key, message: `Unknown filter operator '${op}'` });
					continue;
				}
				if (op === 'is' && !['null', 'not_null'].includes(operand)) {
					details.push({
						field: key,
						message: `Invalid is. operand '${operand}' (use is.null or is.not_null)`,
					});
					continue;
				}
				filters.push({ field: key, op, value: operand });
			}
			continue;
		}
		details.push({ field: key, message: 'Unknown query parameter' });
	}
	if (!compiled.validateQuery(named))
		for (const e of compiled.validateQuery.errors) details.push(describe(e, ''));

	let outBody = body;
	if (compiled.validateBody && ['POST', 'PUT', 'PATCH'].includes(method)) {
		if (!hasBody) {
			if (compiled.bodyRequired) details.push({ field: 'body', message: 'Required' });
			outBody = {};
			compiled.validateBody(outBody);
		} else if (body === null || typeof body !== 'object' || Array.isArray(body)) {
			details.push({ field: 'body', message: 'Expected object' });
		} else {
			outBody = structuredClone(body);
			if (!compiled.validateBody(outBody)) {
				// report in the order the client sent the fields (missing required fields last)
				const order = Object.keys(body);
				const rank = (d) => {
					const i = order.indexOf(d.field.split('.')[0]);
					return i === -1 ? order.length : i;
				};
				const bodyDetails = compiled.validateBody.errors.map((e) => describe(e, ''));
				bodyDetails.sort((a, b) => rank(a) - rank(b));
				details.push(...bodyDetails);
			}
		}
	}
	if (details.length) throw new ValidationError(dedupe(details));
	return { params, query: named, filters, body: outBody || {} };
}

module.exports = { makeAjv, compileOperation, validateRequest, ValidationError, OPERATORS };
