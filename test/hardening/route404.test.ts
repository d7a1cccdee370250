/**
 * A 404 for a route that this Leonar API does not have is not a missing record: the error
 * says which endpoint the operation uses, that Leonar does not offer it, and how to make the
 * call anyway. A real record 404 still names the record.
 */
import { locator, useSimulator } from '../support';

const t = useSimulator();

const UNKNOWN = 'de000000-0000-4000-8000-000000000000';
const HTML_404 =
	'<!DOCTYPE html><html><head><title>404: This page could not be found</title></head><body><h1>404</h1></body></html>';

const dealGet = (id: string) => ({ resource: 'deal', operation: 'get', dealId: locator(id) });

function routeIs404(path: RegExp, body: unknown, headers: Record<string, string> = {}) {
	t.sim.faults.add({
		method: 'GET',
		path,
		times: Infinity,
		action: { status: 404, body, headers } as never,
	});
}

describe('route 404 vs record 404', () => {
	it('an HTML "page not found" for Deal › Get says the route is missing, not the deal', async () => {
		const deal = [...t.sim.state.deals.values()][0];
		routeIs404(/^\/deals\//, HTML_404, { 'Content-Type': 'text/html' });
		const result = await t.run(dealGet(deal.id));
		expect(result.error?.message).toBe(
			'Deal › Get uses GET /deals/{id}, which this Leonar API does not offer',
		);
		expect(result.error?.message).not.toMatch(/was not found/);
		expect(result.error?.description).toContain('HTTP Request node');
		expect(result.error?.description).toContain('"Leonar API"');
		expect(t.calls('GET')).toHaveLength(1);
	});

	it('a JSON route error ("Route GET /deals/… not found") reads the same', async () => {
		const deal = [...t.sim.state.deals.values()][0];
		routeIs404(/^\/deals\//, {
			error: { code: 'not_found', message: `Route GET /deals/${deal.id} not found` },
		});
		const result = await t.run(dealGet(deal.id));
		expect(result.error?.message).toBe(
			'Deal › Get uses GET /deals/{id}, which this Leonar API does not offer',
		);
	});

	it('a 404 on a list endpoint (no record in the path) is a missing route', async () => {
		routeIs404(/^\/deals$/, { error: { code: 'not_found', message: 'Resource not found' } });
		const result = await t.run({ resource: 'deal', operation: 'getAll', limit: 5 });
		expect(result.error?.message).toBe(
			'Deal › Get Many uses GET /deals, which this Leonar API does not offer',
		);
	});

	it('a real record 404 still names the record, and Continue On Fail keeps the other items', async () => {
		const deal = [...t.sim.state.deals.values()][0];
		const result = await t.run(
			{ resource: 'deal', operation: 'get', dealId: locator('={{ $json.id }}') },
			{ input: [{ id: UNKNOWN }, { id: deal.id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.error).toBe(`Deal ${UNKNOWN} was not found in Leonar`);
		expect(result.items[1].json.id).toBe(deal.id);
	});
});
