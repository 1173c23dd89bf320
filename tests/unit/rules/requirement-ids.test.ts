import { describe, expect, it } from 'vitest';
import { requirementIds } from '../../../src/validation/rules/requirement-ids.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule requirement-ids', () => {
	it('accepts unique requirement IDs under their own step', () => {
		expect(requirementIds.check(minimalStandard())).toEqual([]);
	});

	it('finds a requirement ID used in two steps', () => {
		const standard = minimalStandard();
		const [a, b] = standard.entries.steps.sv;
		b.data.requirements.push({ ...a.data.requirements[0] });
		const problems = requirementIds.check(standard);
		const fields = problems.map((p) => `${p.file} ${p.field}`);
		expect(fields).toContain(`${b.file} requirements[${a.data.requirements[0].id}].id`);
		expect(problems.some((p) => p.message.includes('already used'))).toBe(true);
	});

	it('finds a requirement numbered under another step', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.en[0];
		step.data.requirements[0].id = 'S99.1';
		expect(requirementIds.check(standard)).toEqual([
			expect.objectContaining({ file: step.file, field: 'requirements[S99.1].id', hint: `number it ${step.data.id}.<n>` }),
		]);
	});
});
