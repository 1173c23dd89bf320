import { describe, expect, it } from 'vitest';
import { phaseOrder } from '../../../src/validation/rules/phase-order.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule phase-order', () => {
	it('accepts phases with distinct orders', () => {
		expect(phaseOrder.check(minimalStandard())).toEqual([]);
	});

	it('finds two phases with the same order, in each language', () => {
		const standard = minimalStandard();
		const [a, b] = standard.entries.phases.sv;
		b.data.order = a.data.order;
		expect(phaseOrder.check(standard)).toEqual([{ file: b.file, field: 'order', message: `order ${a.data.order} is already taken by ${a.file}`, hint: 'give each phase its own order number' }]);
	});
});
