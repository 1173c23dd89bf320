/**
 * Building blocks shared by every content schema: ID formats, levels and the small value types.
 * Plain TypeScript with zod from `astro/zod`, so the Astro config, the scripts and the tests use the same rules.
 */
import { z } from 'astro/zod';
import { fieldFacts, refersTo } from './fields.ts';
import { accessibilityPattern, principlePattern, requirementPattern, stepPattern } from './id-patterns.ts';

/** The two languages of the standard. Swedish is the root locale, English lives under /en/. */
export const languages = ['sv', 'en'] as const;
export type Lang = (typeof languages)[number];

/** A slug-shaped ID: lowercase letters, digits and single hyphens (e.g. "bank", "offentlig-aktor"). */
export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens, e.g. "social-organisation"');

/** A principle ID: P and a number of two digits or more, e.g. "P03", "P100". */
export const principleId = refersTo(z.string().regex(principlePattern, 'must be P and a number of two digits or more, e.g. "P03"'), 'principles');

/** A step ID: S and a number of two digits or more, e.g. "S07", "S100". */
export const stepId = refersTo(z.string().regex(stepPattern, 'must be S and a number of two digits or more, e.g. "S07"'), 'steps');

/** A requirement ID: its step's ID, a dot and a number, e.g. "S07.2", "S100.10". */
export const requirementId = refersTo(z.string().regex(requirementPattern, 'must be the step ID, a dot and a number from 1 without a leading zero, e.g. "S07.2"'), 'requirements');

/** An accessibility item ID: T, the area letter (F, I, K, V) and a number of two digits or more, e.g. "TK02". */
export const accessibilityId = refersTo(z.string().regex(accessibilityPattern, 'must be T, an area letter (F, I, K, V) and a number of two digits or more, e.g. "TK02"'), 'accessibility');

/** Role IDs, phase IDs, source IDs, glossary term IDs and checklist IDs are slugs. */
export const roleId = refersTo(slugId, 'roles');
export const phaseId = refersTo(slugId, 'phases');
export const sourceId = refersTo(slugId, 'sources');
export const termId = refersTo(slugId, 'glossary');
export const checklistId = refersTo(slugId, 'checklists');

/** How binding a statement is: "ska" (must) or "bör" (should). The same value in both languages. */
export const level = z.enum(['ska', 'bör']);
export type Level = z.infer<typeof level>;

/** Non-empty text with no leading or trailing spaces; prose, so Swedish and English may differ. */
export const text = z.string().trim().min(1, 'must not be empty').register(fieldFacts, { prose: true });

/** One or more source IDs; every normative statement cites at least one source. */
export const sourceRefs = z.array(sourceId).min(1, 'cite at least one source');

/** A span of weeks on the sources' timeline; `to` left out means "and onwards". */
export const weeks = z
	.object({
		/** First week of the span (week 1 is when the partnership starts organising). */
		from: z.number().int().min(1),
		/** Last week of the span; leave out for "and onwards". */
		to: z.number().int().min(1).optional(),
	})
	.strict()
	.refine((w) => w.to === undefined || w.to >= w.from, { message: '"to" must not be before "from"', path: ['to'] });
export type Weeks = z.infer<typeof weeks>;
