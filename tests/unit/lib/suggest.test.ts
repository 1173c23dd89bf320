import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/lib/content/suggest.ts';

describe('didYouMean', () => {
	it('suggests the closest slug for a typo', () => {
		expect(didYouMean('bnak', ['bank', 'entreprenor', 'mentor'])).toBe('did you mean "bank"?');
		expect(didYouMean('socail-organisation', ['social-organisation', 'bank'])).toBe('did you mean "social-organisation"?');
	});

	it('suggests a code ID only for a one-character slip', () => {
		expect(didYouMean('P1O', ['P10', 'P01'])).toBe('did you mean "P10"?');
		expect(didYouMean('P99', ['P01', 'P05', 'P13'])).toBeUndefined();
	});

	it('suggests nothing when nothing is close', () => {
		expect(didYouMean('kommunen', ['bank', 'mentor'])).toBeUndefined();
		expect(didYouMean('x', [])).toBeUndefined();
	});
});
