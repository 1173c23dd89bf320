import { describe, expect, it } from 'vitest';
import { loadStandard, type Standard } from '../../../src/lib/content/load-standard.ts';
import type { Requirement } from '../../../src/schemas/step.ts';
import { accessibilityLevels } from '../../../src/validation/rules/accessibility-levels.ts';
import { minimalStandard, repoRoot } from '../../support/fixtures.ts';

/** The minimal fixture with every requirement set to the level of the accessibility items it names. */
function aligned(): Standard {
	const standard = minimalStandard();
	for (const lang of ['sv', 'en'] as const) {
		const levels = new Map(standard.entries.accessibility[lang].map((a) => [a.data.id, a.data.level]));
		for (const step of standard.entries.steps[lang]) {
			for (const r of step.data.requirements) if (r.accessibility?.length) r.level = levels.get(r.accessibility[0])!;
		}
	}
	return standard;
}

describe('rule accessibility-levels', () => {
	it('accepts requirements with the level of the accessibility items they put into practice', () => {
		expect(accessibilityLevels.check(aligned())).toEqual([]);
	});

	it('accepts the real standard', () => {
		expect(accessibilityLevels.check(loadStandard(repoRoot).standard)).toEqual([]);
	});

	it('finds a "bör" requirement that restates a "ska" accessibility item', () => {
		const standard = aligned();
		const step = standard.entries.steps.sv.find((s) => s.data.requirements.some((r: Requirement) => r.accessibility?.length))!;
		const r: Requirement = step.data.requirements.find((r: Requirement) => r.accessibility?.length)!;
		const item = standard.entries.accessibility.sv.find((a) => a.data.id === r.accessibility![0])!;
		item.data.level = 'ska';
		r.level = 'bör';
		expect(accessibilityLevels.check(standard)).toEqual([
			{
				file: step.file,
				field: `requirements[${r.id}].accessibility`,
				message: `requirement ${r.id} is "bör" but the accessibility item ${item.data.id} it puts into practice is "ska"`,
				hint: expect.stringContaining('same level'),
			},
		]);
	});

	it('finds a "ska" requirement that makes a "bör" accessibility item binding, in each language', () => {
		const standard = aligned();
		for (const lang of ['sv', 'en'] as const) {
			const r = standard.entries.steps[lang].flatMap((s) => s.data.requirements).find((r) => r.accessibility?.length)!;
			r.level = 'ska';
			for (const a of standard.entries.accessibility[lang]) if (a.data.id === r.accessibility![0]) a.data.level = 'bör';
		}
		const problems = accessibilityLevels.check(standard);
		expect(problems).toHaveLength(2);
		expect(problems.map((p) => p.file)).toEqual([expect.stringContaining('/sv/'), expect.stringContaining('/en/')]);
		expect(problems[0].message).toMatch(/is "ska" but the accessibility item \w+ it puts into practice is "bör"/);
	});
});
