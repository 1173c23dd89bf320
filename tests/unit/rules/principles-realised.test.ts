import { describe, expect, it } from 'vitest';
import { principlesRealised } from '../../../src/validation/rules/principles-realised.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule principles-realised', () => {
	it('accepts principles that all are realised by a step', () => {
		expect(principlesRealised.check(minimalStandard())).toEqual([]);
	});

	it('finds a principle that no step realises', () => {
		const standard = minimalStandard();
		for (const step of standard.entries.steps.en) step.data.principles = step.data.principles.filter((p: string) => p !== 'P13');
		const principle = standard.entries.principles.en.find((p) => p.data.id === 'P13')!;
		expect(principlesRealised.check(standard)).toEqual([expect.objectContaining({ file: principle.file, field: 'id' })]);
	});
});
