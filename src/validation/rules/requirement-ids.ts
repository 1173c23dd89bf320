import type { Entry } from '../../lib/content/load-standard.ts';
import type { Step } from '../../schemas/step.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** Requirement IDs are unique across the whole standard and start with their own step's ID. */
export const requirementIds: Rule = {
	id: 'requirement-ids',
	description: 'Requirement IDs are unique across the standard and begin with the ID of the step they belong to.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const seen = new Map<string, string>();
			for (const entry of standard.entries.steps[lang] as Entry<Step>[]) {
				for (const req of entry.data.requirements) {
					const field = `requirements[${req.id}].id`;
					if (!req.id.startsWith(`${entry.data.id}.`)) {
						problems.push({ file: entry.file, field, message: `"${req.id}" does not belong to step ${entry.data.id}`, hint: `number it ${entry.data.id}.<n>` });
					}
					const first = seen.get(req.id);
					if (first) problems.push({ file: entry.file, field, message: `"${req.id}" is already used in ${first}`, hint: 'give it the next free number; requirement IDs are never reused' });
					else seen.set(req.id, entry.file);
				}
			}
		}
		return problems;
	},
};
