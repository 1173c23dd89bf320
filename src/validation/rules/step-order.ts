import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** No two steps of the same phase share an order number, so the process has one reading order. */
export const stepOrder: Rule = {
	id: 'step-order',
	description: 'No two steps share an order within a phase.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const seen = new Map<string, string>();
			for (const step of standard.entries.steps[lang]) {
				const key = `${step.data.phase}#${step.data.order}`;
				const first = seen.get(key);
				if (first) problems.push({ file: step.file, field: 'order', message: `order ${step.data.order} in phase "${step.data.phase}" is already taken by ${first}`, hint: 'give each step of a phase its own order number' });
				else seen.set(key, step.file);
			}
		}
		return problems;
	},
};
