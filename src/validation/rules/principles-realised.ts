import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** Every principle is realised by at least one step. */
export const principlesRealised: Rule = {
	id: 'principles-realised',
	description: 'Every principle is realised by at least one step.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const used = new Set(standard.entries.steps[lang].flatMap((s) => s.data.principles));
			for (const principle of standard.entries.principles[lang]) {
				if (!used.has(principle.data.id)) problems.push({ file: principle.file, field: 'id', message: `principle "${principle.data.id}" is realised by no step`, hint: 'list it under "principles" in the steps that put it into practice' });
			}
		}
		return problems;
	},
};
