import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** Every role owns or takes part in at least one step: a role with nothing to do does not belong in the standard. */
export const rolesTakePart: Rule = {
	id: 'roles-take-part',
	description: 'Every role owns or takes part in at least one step.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const used = new Set(standard.entries.steps[lang].flatMap((s) => [s.data.owner, ...s.data.participants]));
			for (const role of standard.entries.roles[lang]) {
				if (!used.has(role.data.id)) problems.push({ file: role.file, field: 'id', message: `role "${role.data.id}" takes part in no step`, hint: 'add it as owner or participant of a step, or remove the role (its ID must not be reused)' });
			}
		}
		return problems;
	},
};
