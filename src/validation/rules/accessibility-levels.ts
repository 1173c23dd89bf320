import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A requirement that names accessibility items puts them into practice, so it has the same level as each of them: a
 * "bör" requirement must not soften a "ska" item, and a "ska" requirement must not make a "bör" item binding in one step
 * only. When the levels differ, one of them is wrong, or the requirement does not restate the item and should not
 * name it.
 */
export const accessibilityLevels: Rule = {
	id: 'accessibility-levels',
	description: 'A requirement has the same level as every accessibility item it puts into practice.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const levels = new Map(standard.entries.accessibility[lang].map((a) => [a.data.id, a.data.level]));
			for (const step of standard.entries.steps[lang]) {
				for (const r of step.data.requirements) {
					for (const item of r.accessibility ?? []) {
						const level = levels.get(item);
						if (level === undefined || level === r.level) continue; // a missing item is the references rule's to report
						problems.push({
							file: step.file,
							field: `requirements[${r.id}].accessibility`,
							message: `requirement ${r.id} is "${r.level}" but the accessibility item ${item} it puts into practice is "${level}"`,
							hint: `give both the same level, or take ${item} out of the list if ${r.id} does not restate it`,
						});
					}
				}
			}
		}
		return problems;
	},
};
