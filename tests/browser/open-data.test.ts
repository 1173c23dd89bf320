import { describe, expect, it } from 'vitest';
import { buildExport, requirementsCsv } from '../../src/lib/export.ts';
import { bodiesFromStandard } from '../../src/lib/standard-model.ts';
import { localePath } from '../../src/lib/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { exportSchema } from '../../src/schemas/export.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the open data as served (%s)', (lang) => {
	it('standard.json is what lib/export.ts builds from content/, and passes the export schema', async () => {
		const page = await site.page();
		const response = await page.request.get(site.url(localePath(lang, 'standard.json')));
		expect(response.headers()['content-type']).toContain('application/json');
		const served = await response.json();
		expect(served).toEqual(JSON.parse(JSON.stringify(buildExport(model(lang), bodiesFromStandard(standard, lang)))));
		expect(exportSchema.safeParse(served).success).toBe(true);
	});

	it('krav.csv is UTF-8 with a byte order mark and the same rows', async () => {
		const page = await site.page();
		const body = await (await page.request.get(site.url(localePath(lang, 'krav.csv')))).body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(body.toString('utf8')).toBe(requirementsCsv(model(lang)));
	});
});

describe('standard.schema.json', () => {
	it('is a JSON Schema with its own address as $id', async () => {
		const page = await site.page();
		const schema = await (await page.request.get(site.url('/standard.schema.json'))).json();
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(new URL(schema.$id).pathname).toBe('/standard.schema.json');
		expect(Object.keys(schema.properties)).toEqual(Object.keys(exportSchema.shape));
	});
});
