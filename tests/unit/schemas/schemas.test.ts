/** Each schema accepts a real entry of the minimal fixture and rejects the mistakes editors make, naming the field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionNames, collections } from '../../../src/schemas/collections.ts';
import { standardSchema } from '../../../src/schemas/standard.ts';
import { problemsFromZod } from '../../../src/lib/content/zod-issues.ts';
import { minimalStandard } from '../../support/fixtures.ts';

const standard = minimalStandard();
const sample = (name: keyof typeof collections) => structuredClone(standard.entries[name].sv[0].data);
const fieldsOf = (schema: z.ZodType, data: unknown) => {
	const result = schema.safeParse(data);
	return result.success ? [] : problemsFromZod('x', result.error, data, schema).map((p) => `${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
};

describe('every collection schema', () => {
	it.each(collectionNames.filter((n) => standard.entries[n].sv.length > 0))('accepts the fixture entries of %s', (name) => {
		for (const entry of [...standard.entries[name].sv, ...standard.entries[name].en]) expect(fieldsOf(collections[name].schema, entry.data)).toEqual([]);
	});

	it.each(collectionNames)('rejects an unknown field in %s and suggests the real one', (name) => {
		if (standard.entries[name].sv.length === 0) return;
		const data = { ...sample(name), sumary: 'x' };
		expect(fieldsOf(collections[name].schema, data).join('\n')).toMatch(/\(file\): .*sumary/);
	});
});

describe('step schema', () => {
	const schema = collections.steps.schema;
	it('requires an owner, a value statement and at least one accessibility item, principle and requirement', () => {
		const data = sample('steps');
		delete data.owner;
		delete data.value;
		data.accessibility = [];
		data.principles = [];
		data.requirements = [];
		expect(fieldsOf(schema, data)).toEqual([
			'owner: is missing (add the field "owner")',
			'value: is missing (add the field "value")',
			'accessibility: name at least one accessibility item (the list must not be empty)',
			'principles: name at least one principle (the list must not be empty)',
			'requirements: give the step at least one requirement (the list must not be empty)',
		]);
	});

	it('checks ID formats and names the requirement by its ID', () => {
		const data = sample('steps');
		data.id = 'S7';
		data.requirements[0].level = 'skall';
		data.requirements[0].id = 'S07-1';
		const fields = fieldsOf(schema, data);
		expect(fields[0]).toMatch(/^id: must be S and a number of two digits or more/);
		expect(fields).toContainEqual(expect.stringMatching(/^requirements\[S07-1\]\.id: must be the step ID/));
		expect(fields).toContainEqual(expect.stringMatching(/^requirements\[S07-1\]\.level: .*\(did you mean "ska"\?\)$/));
	});

	it('rejects weeks that end before they start', () => {
		const data = sample('steps');
		data.weeks = { from: 20, to: 8 };
		expect(fieldsOf(schema, data)).toEqual(['weeks.to: "to" must not be before "from"']);
	});
});

describe('accessibility schema', () => {
	it('requires the ID letter to match the area', () => {
		const data = sample('accessibility');
		data.area = data.area === 'fysisk' ? 'kommunikativ' : 'fysisk';
		expect(fieldsOf(collections.accessibility.schema, data)[0]).toMatch(/^id: the letter after T must match the area/);
	});
});

describe('standard.yaml schema', () => {
	it('accepts a semantic version, a status and a date', () => {
		expect(standardSchema.safeParse({ version: '1.2.0', status: 'fastställd', date: '2026-11-22' }).success).toBe(true);
	});
	it('rejects a version that is not semantic and an unknown status', () => {
		const data = { version: '1.2', status: 'klar', date: '2026-11-22' };
		expect(fieldsOf(standardSchema, data)).toEqual([
			expect.stringMatching(/^version: must be a semantic version/),
			expect.stringMatching(/^status: .*use one of: utkast, fastställd/),
		]);
	});
});
