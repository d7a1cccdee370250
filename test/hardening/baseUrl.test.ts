/**
 * A Base URL the node cannot use is refused where the credential is read, before any request:
 * a query string or a fragment (which would swallow or move the request's own path and query),
 * or a path that does not end in the API's version segment (every request would get a 404 that
 * reads as a missing record). The error names the credential's Base URL field and says what to
 * change; a trailing slash is harmless.
 */
import { locator, useSimulator } from '../support';

const t = useSimulator();

const contact = () => [...t.sim.state.contacts.values()].find((c) => !c.archived_at)!;
const getContact = () => ({
	resource: 'contact',
	operation: 'get',
	contactId: locator(String(contact().id)),
});

describe('Base URL', () => {
	it('without /api/v1: refused with the right form suggested, nothing sent', async () => {
		const result = await t.run(getContact(), { baseUrl: t.sim.baseUrl });
		expect(result.error?.message).toBe(
			'The Base URL in the Leonar credential does not end in the API version (/api/v1)',
		);
		expect(result.error?.description).toContain(`${t.sim.baseUrl}/api/v1`);
		expect(result.error?.description).toContain('https://app.leonar.app/api/v1');
		expect(t.sim.log).toHaveLength(0);
	});

	it('an endpoint pasted as Base URL: the suggestion is the API address before it', async () => {
		const result = await t.run(getContact(), { baseUrl: `${t.sim.url}/contacts` });
		expect(result.error?.message).toBe(
			'The Base URL in the Leonar credential does not end in the API version (/api/v1)',
		);
		expect(result.error?.description).toContain(`Use ${t.sim.url} `);
		expect(t.sim.log).toHaveLength(0);
	});

	it.each([
		['?workspace=1', 'a query string', '"?workspace=1"'],
		['?x', 'a query string', '"?x"'],
		['?', 'a query string', '"?"'],
		['#x', 'a fragment', '"#x"'],
		['/#', 'a fragment', '"#"'],
	])('with %s: refused, saying what to remove, nothing sent', async (suffix, what, quoted) => {
		const result = await t.run(getContact(), { baseUrl: `${t.sim.url}${suffix}` });
		expect(result.error?.message).toBe(
			`The Base URL in the Leonar credential must not contain ${what}`,
		);
		expect(result.error?.description).toContain(`Remove ${quoted} from the Base URL`);
		expect(result.error?.description).toContain(`Use ${t.sim.url} `);
		expect(t.sim.log).toHaveLength(0);
	});

	it('with Continue On Fail every item carries the error, paired, and nothing is sent', async () => {
		const result = await t.run(getContact(), {
			baseUrl: `${t.sim.url}?workspace=1`,
			input: [{}, {}],
			continueOnFail: true,
		});
		expect(result.items.map((item) => item.json.error)).toEqual([
			'The Base URL in the Leonar credential must not contain a query string',
			'The Base URL in the Leonar credential must not contain a query string',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(t.sim.log).toHaveLength(0);
	});

	it('a trailing slash and another version segment are accepted', async () => {
		const ok = await t.run(getContact(), { baseUrl: `${t.sim.url}//` });
		expect(ok.error).toBeUndefined();
		expect(ok.items[0].json.id).toBe(contact().id);
		// Another version is a valid form: the server answers for itself (here a missing route).
		const v2 = await t.run(getContact(), { baseUrl: `${t.sim.baseUrl}/api/v2` });
		expect(v2.error?.message).toBe(
			'Contact › Get uses GET /contacts/{id}, which this Leonar API does not offer',
		);
	});
});
