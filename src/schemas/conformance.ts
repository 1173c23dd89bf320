/**
 * What it means to conform to the standard: the rule a self-assessment is judged by. Defined once in
 * content/conformance/, read by the conformance page, the self-assessment and the exports; never hard-coded.
 */
import { z } from 'astro/zod';
import { slugId, sourceRefs, text } from './common.ts';

/** The answers an assessment can give a requirement (in a zod-free module of their own, for the page's script). */
export { assessmentStatuses, type AssessmentStatus } from './assessment-statuses.ts';

export const conformanceSchema = z
	.object({
		/** Stable ID of the rule, e.g. "overensstammelse". */
		id: slugId,
		/** Name of the rule, as a heading. */
		title: text,
		/** Plain-language summary of what conforming means (Swedish: LIX 40 or lower). */
		summary: text,
		/** Share (0–1) of the applicable "ska" requirements that must be met; 1 means every one. */
		skaShare: z.number().min(0).max(1),
		/** Share (0–1) of the applicable "bör" requirements that must be met. */
		borShare: z.number().min(0).max(1),
		/** Whether a requirement answered "delvis" (partly met) counts as met; it does not when false. */
		partialCountsAsMet: z.boolean(),
		/** Whether "ej tillämpligt" (not applicable) needs a written reason; it is only allowed where a requirement says when. */
		notApplicableNeedsReason: z.boolean(),
		/** Why the rule is set as it is, e.g. how it relates to the EU Code's award rule. */
		rationale: text,
		/** Sources the rule rests on. */
		sources: sourceRefs,
	})
	.strict();
export type Conformance = z.infer<typeof conformanceSchema>;
