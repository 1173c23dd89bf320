/** An accessibility requirement in one of the four areas used by the source projects. */
import { z } from 'astro/zod';
import { normative } from './fields.ts';
import { accessibilityId, level, sourceRefs, text } from './common.ts';

/** The four areas: physical, informative, communicative accessibility, and accessible operations. */
export const accessibilityAreas = ['fysisk', 'informativ', 'kommunikativ', 'verksamhet'] as const;
export type AccessibilityArea = (typeof accessibilityAreas)[number];

/** The letter in an accessibility ID for each area (TF01, TI01, TK01, TV01). */
export const areaLetter: Record<AccessibilityArea, string> = {
	fysisk: 'F',
	informativ: 'I',
	kommunikativ: 'K',
	verksamhet: 'V',
};

export const accessibilitySchema = z
	.object({
		/** Stable ID, never reused: T, the area letter and a number of two digits or more, e.g. "TK02". */
		id: accessibilityId,
		/** The area the item belongs to; must match the letter in the ID. */
		area: z.enum(accessibilityAreas),
		/** Short name of the item. */
		title: text,
		/** The requirement itself. */
		text: normative(text, 'by-level'),
		/** "ska" (must) or "bör" (should). */
		level: normative(level, 'level-change'),
		/** How to check that the item is met. */
		verify: normative(text, 'minor'),
		/** Sources the item rests on. */
		sources: normative(sourceRefs, 'minor'),
	})
	.strict()
	.refine((item) => item.id[1] === areaLetter[item.area], {
		message: 'the letter after T must match the area (F fysisk, I informativ, K kommunikativ, V verksamhet)',
		path: ['id'],
	});
export type AccessibilityItem = z.infer<typeof accessibilitySchema>;
