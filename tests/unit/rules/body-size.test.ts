import { describe, expect, it } from 'vitest';
import { bodySize, maxBodyLength } from '../../../src/validation/rules/body-size.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule body-size', () => {
	it('accepts a body of the largest allowed size', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].body = 'a'.repeat(maxBodyLength);
		expect(bodySize.check(standard)).toEqual([]);
	});

	it('finds a body of a megabyte', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.body = 'Text. '.repeat(200_000);
		expect(bodySize.check(standard)).toEqual([{ file: step.file, field: '(body)', message: 'is 1,200,000 characters long, more than 50,000', hint: expect.stringContaining('shorten') }]);
	});
});
