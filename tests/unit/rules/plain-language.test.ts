import { describe, expect, it } from 'vitest';
import { lix } from '../../../src/lib/editor/lix.ts';
import { plainLanguage } from '../../../src/validation/rules/plain-language.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule plain-language', () => {
	it('accepts Swedish summaries with LIX 40 or lower', () => {
		expect(plainLanguage.check(minimalStandard())).toEqual([]);
	});

	it('names the file and its LIX when a summary is too hard to read', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.summary = 'Arbetsmarknadsintegreringsprocessens strukturella förutsättningar kräver kvalitetssäkrade samverkansformer mellan organisationerna.';
		const [problem] = plainLanguage.check(standard);
		expect(problem).toMatchObject({ file: step.file, field: 'summary' });
		expect(problem.message).toMatch(/^LIX \d+ is above 40$/);
	});

	it('does not score English summaries', () => {
		const standard = minimalStandard();
		standard.entries.steps.en[0].data.summary = 'Labour-market-integration-processes necessitate institutionalised collaboration.';
		expect(plainLanguage.check(standard)).toEqual([]);
	});
});

describe('lix', () => {
	it('is words per sentence plus the percentage of words longer than six letters', () => {
		// 9 words, 2 sentences, 3 words over six letters (startar, företaget, mikrokredit): 4.5 + 33.3 ≈ 38
		expect(lix('Hon startar företaget i år. Banken ger en mikrokredit.')).toMatchObject({ words: 9, sentences: 2, longWords: 3 });
		expect(lix('Hon startar företaget i år. Banken ger en mikrokredit.').lix).toBe(Math.round(9 / 2 + (100 * 3) / 9));
	});
});
