import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** No two phases share an order number, so the process, the requirement index and the open data have one order. */
export const phaseOrder: Rule = {
	id: 'phase-order',
	description: 'No two phases share an order number.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const seen = new Map<number, string>();
			for (const phase of standard.entries.phases[lang]) {
				const first = seen.get(phase.data.order);
				if (first) problems.push({ file: phase.file, field: 'order', message: `order ${phase.data.order} is already taken by ${first}`, hint: 'give each phase its own order number' });
				else seen.set(phase.data.order, phase.file);
			}
		}
		return problems;
	},
};
