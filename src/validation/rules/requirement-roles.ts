import type { Entry } from '../../lib/content/load-standard.ts';
import type { Step } from '../../schemas/step.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** A requirement that lists its roles lists at least one: `roles: []` would make it apply to nobody. */
export const requirementRoles: Rule = {
	id: 'requirement-roles',
	description: 'A requirement that gives `roles` names at least one role.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			for (const step of standard.entries.steps[lang] as Entry<Step>[]) {
				for (const r of step.data.requirements) {
					if (r.roles && r.roles.length === 0) problems.push({ file: step.file, field: `requirements[${r.id}].roles`, message: 'is empty, so the requirement applies to no one', hint: `name the roles it applies to, or leave "roles" out to make it apply to the step's owner (${step.data.owner})` });
				}
			}
		}
		return problems;
	},
};
