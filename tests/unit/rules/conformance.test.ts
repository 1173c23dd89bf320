import { describe, expect, it } from 'vitest';
import { conformance } from '../../../src/validation/rules/conformance.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule conformance', () => {
	it('accepts one conformance rule per language and conditions in both languages', () => {
		const standard = minimalStandard();
		for (const lang of ['sv', 'en'] as const) standard.entries.steps[lang][0].data.requirements[0].notApplicableWhen = lang === 'sv' ? 'när …' : 'when …';
		expect(conformance.check(standard)).toEqual([]);
	});

	it('finds a missing and a second conformance rule', () => {
		const standard = minimalStandard();
		const [rule] = standard.entries.conformance.sv;
		standard.entries.conformance.sv.push({ ...rule, file: 'content/conformance/sv/annan.yaml', data: { ...rule.data, id: 'annan' } });
		standard.entries.conformance.en = [];
		expect(conformance.check(standard)).toEqual([
			expect.objectContaining({ file: 'content/conformance/sv/annan.yaml', field: 'id', message: expect.stringContaining('a second conformance rule "annan"') }),
			expect.objectContaining({ file: 'content/conformance/en/', field: 'id', message: 'there is no conformance rule' }),
		]);
	});

	it('finds a "not applicable" condition written in one language only', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		const id = step.data.requirements[0].id;
		step.data.requirements[0].notApplicableWhen = 'när partnerskapet saknar mikrofond';
		const twin = standard.entries.steps.en.find((s) => s.data.id === step.data.id)!;
		expect(conformance.check(standard)).toEqual([
			expect.objectContaining({ file: twin.file, field: `requirements[${id}].notApplicableWhen`, message: `requirement "${id}" says when it is not applicable in Swedish but not here` }),
		]);
	});
});
