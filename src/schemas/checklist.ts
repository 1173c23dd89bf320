/** A checklist: ordered items that point at steps, requirements and accessibility items. */
import { z } from 'astro/zod';
import { itemNumberPattern } from './id-patterns.ts';
import { accessibilityId, checklistId, requirementId, roleId, stepId, text, weeks } from './common.ts';

export const checklistItemSchema = z
	.object({
		/** Stable ID within the checklist (two digits or more); saved ticks and notes are keyed on it. */
		id: z.string().regex(itemNumberPattern, 'must be a number of two digits or more, e.g. "07"'),
		/** What to do or check. */
		text,
		/** When, on the week timeline, if the checklist follows it. */
		weeks: weeks.optional(),
		/** Steps the item belongs to. */
		steps: z.array(stepId).default([]),
		/** Requirements the item helps to meet. */
		requirements: z.array(requirementId).default([]),
		/** Accessibility items the item helps to meet. */
		accessibility: z.array(accessibilityId).default([]),
	})
	.strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z
	.object({
		/** Stable ID: a slug, also the page's URL segment. */
		id: checklistId,
		/** Name of the checklist. */
		title: text,
		/** Who the checklist is for, and when to use it. */
		summary: text,
		/** Roles the checklist is written for. */
		audience: z.array(roleId).default([]),
		/** The items, in the order to work through them. */
		items: z.array(checklistItemSchema).min(1, 'give the checklist at least one item'),
	})
	.strict();
export type Checklist = z.infer<typeof checklistSchema>;
