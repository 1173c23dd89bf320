import { modelFromStandard } from '../../lib/standard-model.ts';
import { requirementsForRole } from '../../lib/model.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A role's own checklist (the checklist whose ID is the role's ID) names every requirement that applies to the role
 * (model.ts requirementsForRole), so the role page, /krav/?roll=, the checklist and the self-assessment give one
 * answer. The items stay hand-written actions (one item may serve several requirements); the checklist may also point
 * at requirements on other roles that concern this one (the entrepreneur's checklist does).
 */
export const roleChecklists: Rule = {
	id: 'role-checklists',
	description: "A role's checklist names every requirement that applies to the role.",
	check(standard) {
		const problems: Problem[] = [];
		if (!standard.meta) return problems;
		for (const lang of ['sv', 'en'] as const) {
			const model = modelFromStandard(standard, lang);
			for (const entry of standard.entries.checklists[lang]) {
				if (!model.roles.some((r) => r.id === entry.data.id)) continue;
				const named = new Set<string>(entry.data.items.flatMap((i: { requirements: string[] }) => i.requirements));
				const missing = requirementsForRole(model, entry.data.id).filter((r) => !named.has(r.id));
				for (const r of missing) {
					const item = entry.data.items.find((i: { steps: string[] }) => i.steps.includes(r.step.id));
					problems.push({
						file: entry.file,
						field: item ? `items[${item.id}].requirements` : 'items',
						message: `requirement ${r.id} applies to role "${entry.data.id}" but no item of its checklist names it`,
						hint: item ? `add ${r.id} to item ${item.id}, which is about step ${r.step.id}` : `add an item for step ${r.step.id} that names ${r.id}`,
					});
				}
			}
		}
		return problems;
	},
};
