import { describe, expect, it } from 'vitest';
import { stepOrder } from '../../../src/validation/rules/step-order.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule step-order', () => {
	it('accepts steps with distinct orders in each phase', () => {
		expect(stepOrder.check(minimalStandard())).toEqual([]);
	});

	it('finds two steps of a phase with the same order', () => {
		const standard = minimalStandard();
		const [a, b] = standard.entries.steps.sv.filter((s) => s.data.phase === 'rekrytering');
		b.data.order = a.data.order;
		expect(stepOrder.check(standard)).toEqual([expect.objectContaining({ file: b.file, field: 'order', message: expect.stringContaining(a.file) })]);
	});
});
