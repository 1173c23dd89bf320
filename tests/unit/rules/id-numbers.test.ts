import { describe, expect, it } from 'vitest';
import { idNumbers } from '../../../src/validation/rules/id-numbers.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule id-numbers', () => {
	it('accepts requirement numbers without a leading zero, including two digits', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements[0].id = 'S05.10';
		expect(idNumbers.check(standard)).toEqual([]);
	});

	it('finds S05.01', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.requirements[0].id = 'S05.01';
		expect(idNumbers.check(standard)).toEqual([{ file: step.file, field: 'requirements[S05.01].id', message: '"S05.01" has a leading zero and reads like S05.1', hint: 'number requirements 1, 2, 3 …: use the next free number of S05' }]);
	});
});
