import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/model/csv.ts';
import { buildExport, csvColumns, csvColumnsSv, csvSeparatorOf, requirementsCsv } from '../../../src/lib/model/export.ts';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { find, requirements } from '../../../src/lib/model/model.ts';
import { bodiesFromStandard, modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { exportJsonSchema, exportSchema } from '../../../src/schemas/export.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { parseCsv } from '../../support/csv.ts';
import { syntheticModel } from '../../support/synthetic.ts';

const { standard } = loadStandard(repoRoot);
const jsonSchema = exportJsonSchema('https://example.org/standard.schema.json');
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(jsonSchema);

describe('the JSON Schema of the export', () => {
	it('is well-formed draft 2020-12 with a property for every top-level key', () => {
		expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(jsonSchema.$id).toBe('https://example.org/standard.schema.json');
		const properties = jsonSchema.properties as Record<string, unknown>;
		expect(Object.keys(properties).sort()).toEqual(Object.keys(exportSchema.shape).sort());
		expect(jsonSchema.required).toEqual(Object.keys(exportSchema.shape));
		expect(jsonSchema.additionalProperties).toBe(false);
	});
});

describe.each(['sv', 'en'] as const)('the %s export of the real content', (lang) => {
	const data = JSON.parse(JSON.stringify(buildExport(modelFromStandard(standard, lang), bodiesFromStandard(standard, lang))));

	it('passes the zod export schema and the generated JSON Schema', () => {
		expect(exportSchema.safeParse(data).error).toBeUndefined();
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('holds every entry of the language, with the bodies', () => {
		expect(data.standard).toEqual({ ...standard.meta, lang });
		for (const name of ['principles', 'roles', 'phases', 'steps', 'accessibility', 'checklists', 'glossary', 'sources'] as const) {
			expect(data[name].map((e: { id: string }) => e.id).sort()).toEqual(standard.entries[name][lang].map((e) => e.data.id).sort());
		}
		for (const step of data.steps) expect(step.body).toBe(standard.entries.steps[lang].find((e) => e.data.id === step.id)!.body!.trim());
	});

	it('is rejected by both schemas when broken', () => {
		const broken = structuredClone(data);
		broken.steps[0].requirements[0].level = 'kanske';
		delete broken.principles[0].body;
		broken.extra = true;
		expect(exportSchema.safeParse(broken).success).toBe(false);
		expect(validate(broken)).toBe(false);
		expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['', '/steps/0/requirements/0/level', '/principles/0']));
	});
});

describe('the export of a full-size standard', () => {
	it('passes both schemas', () => {
		const model = syntheticModel();
		const data = JSON.parse(JSON.stringify(buildExport(model, { principles: {}, roles: {}, steps: {} })));
		expect(exportSchema.safeParse(data).error).toBeUndefined();
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});
});

describe('CSV', () => {
	it('quotes only fields that need it, doubling inner quotes (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hej"')).toBe('"say ""hej"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(3)).toBe('3');
	});

	it('starts with a byte order mark and ends every row with CRLF', () => {
		const text = toCsv([['a', 'b'], ['å, ä', 'ö']]);
		expect(text).toBe('\uFEFFa,b\r\n"å, ä",ö\r\n');
		expect(parseCsv(text.slice(1))).toEqual([['a', 'b'], ['å, ä', 'ö']]);
	});

	it.each(['sv', 'en'] as const)('krav.csv (%s) has the header and one row per requirement, read back intact', (lang) => {
		const model = modelFromStandard(standard, lang);
		const separator = csvSeparatorOf(lang);
		const text = requirementsCsv(model);
		const columns: readonly string[] = lang === 'sv' ? csvColumnsSv : csvColumns;
		// The header line is exactly the column names with the language's separator (a wrong separator fails here).
		expect(text.slice(1, text.indexOf('\r\n'))).toBe(columns.join(separator));
		const rows = parseCsv(text.slice(1), separator);
		expect(rows[0]).toEqual([...columns]);
		const reqs = requirements(model);
		expect(rows.slice(1).map((r) => r[0])).toEqual(reqs.map((r) => r.id));
		// Both files have the same columns in the same order (csvColumns names them).
		const col = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);
		rows.slice(1).forEach((row, i) => {
			expect(row).toHaveLength(columns.length);
			expect(row[col('level')]).toBe(reqs[i].level);
			expect(row[col('text')]).toBe(reqs[i].text);
			expect(row[col('step_title')]).toBe(reqs[i].step.title);
			if (lang === 'sv') {
				expect(row[col('phase')]).toBe(reqs[i].phase.title);
				expect(row[col('applies_to')]).toBe(reqs[i].appliesTo.map((id) => find(model.roles, id).name).join(', '));
			} else {
				expect(row[col('phase')]).toBe(reqs[i].phase.id);
				expect(row[col('applies_to')]).toBe(reqs[i].appliesTo.join('; '));
			}
		});
	});

	it.each(['sv', 'en'] as const)('krav.csv (%s): no cell can start a formula, even when the content tries', (lang) => {
		const model = structuredClone(modelFromStandard(standard, lang));
		model.steps[0].requirements[0].text = '=HYPERLINK("https://example.org","klicka")';
		model.steps[0].requirements[0].verify = '+1';
		model.steps[0].title = '@SUM(A1)';
		const rows = parseCsv(requirementsCsv(model).slice(1), csvSeparatorOf(lang));
		for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(rows[1]).toContain(`'=HYPERLINK("https://example.org","klicka")`);
		expect(rows[1]).toContain("'+1");
	});
});

describe('csv safety and separators', () => {
	it('neutralises cells that a spreadsheet would run as a formula', () => {
		for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx']) expect(csvField(bad).replace(/^"/, '')).toMatch(/^'/);
		expect(csvField('1-2')).toBe('1-2');
		expect(csvField(-3)).toBe('-3');
	});
	it('quotes a field that holds the chosen separator only', () => {
		expect(csvField('a; b', ';')).toBe('"a; b"');
		expect(csvField('a, b', ';')).toBe('a, b');
		expect(toCsv([['a', 'b;c']], ';')).toBe('\uFEFFa;"b;c"\r\n');
	});
});
