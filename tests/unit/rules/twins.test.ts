import { describe, expect, it } from 'vitest';
import { firstDifference, structure, twins } from '../../../src/validation/rules/twins.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule twins', () => {
	it('accepts twins that differ only in prose', () => {
		expect(twins.check(minimalStandard())).toEqual([]);
	});

	it('finds an entry without its English twin', () => {
		const standard = minimalStandard();
		const removed = standard.entries.principles.en.pop()!;
		const sv = standard.entries.principles.sv.find((p) => p.data.id === removed.data.id)!;
		expect(twins.check(standard)).toEqual([expect.objectContaining({ file: sv.file, field: 'id', message: expect.stringContaining('no English twin') })]);
	});

	it('names the field where the twins disagree', () => {
		const standard = minimalStandard();
		const en = standard.entries.steps.en[0];
		en.data.requirements[1] = { ...en.data.requirements[1], level: en.data.requirements[1].level === 'ska' ? 'bör' : 'ska' };
		expect(twins.check(standard)).toEqual([expect.objectContaining({ file: en.file, field: `requirements[${en.data.requirements[1].id}].level` })]);
	});

	it('finds a page and a UI string that exist in one language only', () => {
		const standard = minimalStandard();
		standard.docs.sv.push('extra.mdx');
		standard.ui.sv = { ...standard.ui.sv, 'smf.only.swedish': 'Bara svenska' };
		const problems = twins.check(standard);
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/docs/extra.mdx' }));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'content/i18n/en.json', field: 'smf.only.swedish' }));
	});

	it('keeps structure and drops prose', () => {
		const prose = new Set(['title']);
		expect(structure({ id: 'P01', title: 'x', list: [{ title: 'y', id: 'a' }] }, prose)).toEqual({ id: 'P01', list: [{ id: 'a' }] });
		expect(firstDifference({ a: [{ id: 'x', b: 1 }] }, { a: [{ id: 'x', b: 2 }] })).toBe('a[x].b');
		expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined();
	});
});
