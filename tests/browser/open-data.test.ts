import { describe, expect, it } from 'vitest';
import { buildExport, csvColumns, csvColumnsSv, csvSeparatorOf, requirementsCsv } from '../../src/lib/model/export.ts';
import { requirements, roleView } from '../../src/lib/model/model.ts';
import { oscalPaths, profileRoles } from '../../src/lib/site/oscal.ts';
import { bodiesFromStandard } from '../../src/lib/model/from-disk.ts';
import { localePath } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { exportSchema } from '../../src/schemas/export.ts';
import { parseCsv } from '../support/csv.ts';
import { officialValidator } from '../support/oscal.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the open data as served (%s)', (lang) => {
	it('standard.json is what lib/model/export.ts builds from content/, and passes the export schema', async () => {
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

	it(lang === 'sv' ? 'krav.csv has Swedish headers, semicolons and no cell that starts a formula' : 'krav.csv has the machine column names, commas and no cell that starts a formula', async () => {
		const page = await site.page();
		const text = (await (await page.request.get(site.url(localePath(lang, 'krav.csv')))).body()).toString('utf8').slice(1);
		const separator = lang === 'sv' ? ';' : ',';
		expect(csvSeparatorOf(lang)).toBe(separator);
		const columns: readonly string[] = lang === 'sv' ? csvColumnsSv : csvColumns;
		expect(text.slice(0, text.indexOf('\r\n'))).toBe(columns.join(separator));
		const rows = parseCsv(text, separator);
		expect(rows).toHaveLength(requirements(model(lang)).length + 1);
		for (const row of rows) expect(row).toHaveLength(columns.length);
		for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('the OSCAL catalog and the profile of every role pass the official OSCAL 1.0.6 schemas, and the profiles import the catalog', async () => {
		const page = await site.page();
		const validCatalog = officialValidator('catalog');
		const validProfile = officialValidator('profile');
		const catalogUrl = site.url(localePath(lang, oscalPaths.catalog));
		const catalog = await (await page.request.get(catalogUrl)).json();
		expect(validCatalog(catalog), JSON.stringify(validCatalog.errors?.slice(0, 3))).toBe(true);
		expect(catalog.catalog.metadata.version).toBe(standard.meta!.version);
		const controls = new Set(catalog.catalog.groups.flatMap((g: { controls: { id: string }[] }) => g.controls.map((c) => c.id)));
		for (const role of profileRoles(model(lang))) {
			const url = site.url(localePath(lang, oscalPaths.profile(role.id)));
			const response = await page.request.get(url);
			expect(response.headers()['content-type']).toContain('application/json');
			const profile = await response.json();
			expect(validProfile(profile), `${role.id}: ${JSON.stringify(validProfile.errors?.slice(0, 3))}`).toBe(true);
			expect(new URL(profile.profile.imports[0].href, url).href).toBe(catalogUrl);
			const ids: string[] = profile.profile.imports[0]['include-controls'][0]['with-ids'];
			for (const id of ids) expect(controls.has(id), id).toBe(true);
			expect(ids).toEqual([...new Set(roleView(model(lang), role.id).requirements.map((r) => r.step.id))]);
		}
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
