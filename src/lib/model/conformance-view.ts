/**
 * What the conformance page shows, derived from the conformance rule (content/conformance/) and the requirements:
 * how many must and should requirements there are, how many of them must be met, and which requirements may be
 * answered "not applicable" and when. Pure functions, so the page, the self-assessment and the tests agree.
 */
import type { Level } from '../../schemas/common.ts';
import type { Conformance } from '../../schemas/conformance.ts';
import { requirements, type Model, type RequirementInContext } from './model.ts';

/** A share (0–1) as a whole percentage, e.g. 0.8 → 80. */
export const percent = (share: number): number => Math.round(share * 100);

/** How many of `applicable` requirements must be met to reach `share` (rounded up: 80 % of 9 is 8). */
export function requiredMet(applicable: number, share: number): number {
	return Math.max(0, Math.ceil(applicable * share - 1e-9));
}

export interface ConformanceView {
	rule: Conformance;
	/** Requirements per level in the standard (the steps' requirements and the accessibility items), before any is answered "not applicable". */
	counts: Record<Level, number>;
	/** Of those, the accessibility items per level. */
	accessibilityCounts: Record<Level, number>;
	/** How many of them must be met when every one applies. */
	required: Record<Level, number>;
	/** The requirements that may be answered "not applicable", in process order, each with its condition. */
	notApplicable: (RequirementInContext & { notApplicableWhen: string })[];
}

export function conformanceView(model: Model, rule: Conformance): ConformanceView {
	const all = requirements(model);
	const count = (items: readonly { level: Level }[], level: Level) => items.filter((r) => r.level === level).length;
	const accessibilityCounts = { ska: count(model.accessibility, 'ska'), bör: count(model.accessibility, 'bör') };
	const counts = { ska: count(all, 'ska') + accessibilityCounts.ska, bör: count(all, 'bör') + accessibilityCounts.bör };
	return {
		rule,
		counts,
		accessibilityCounts,
		required: { ska: requiredMet(counts.ska, rule.skaShare), bör: requiredMet(counts.bör, rule.borShare) },
		notApplicable: all.filter((r): r is RequirementInContext & { notApplicableWhen: string } => Boolean(r.notApplicableWhen)),
	};
}
