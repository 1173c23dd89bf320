import type { Entry } from '../../lib/content/load-standard.ts';
import type { Step } from '../../schemas/step.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** Requirement numbers have no leading zero, so no two citations read alike (S07.01 beside S07.1). */
export const idNumbers: Rule = {
	id: 'id-numbers',
	description: 'Requirement numbers have no leading zero (S07.1, never S07.01).',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			for (const step of standard.entries.steps[lang] as Entry<Step>[]) {
				for (const r of step.data.requirements) {
					const m = /^(S\d{2})\.0(\d)$/.exec(r.id);
					if (m) problems.push({ file: step.file, field: `requirements[${r.id}].id`, message: `"${r.id}" has a leading zero and reads like ${m[1]}.${m[2]}`, hint: `number requirements 1, 2, 3 …: use the next free number of ${m[1]}` });
				}
			}
		}
		return problems;
	},
};
