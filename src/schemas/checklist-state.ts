/**
 * What a reader's work on a checklist looks like when saved in the browser (localStorage) or exported as JSON: ticks
 * and notes keyed by item ID. Written with zod/mini so the checklist's client script can validate imported files with
 * this very schema and stay small; the tests use it too.
 */
import * as z from 'zod/mini';
import { itemNumberPattern } from './id-patterns.ts';

/** The value of `format` in every saved or exported state. */
export const checklistStateFormat = 'svensk-mikrofinansstandard/checklista@1';

/** Longest note kept for one item, in characters. */
export const maxNoteLength = 10_000;

/** One item's state. */
export const checklistItemStateSchema = z.strictObject({
	/** Whether the item is ticked off as done. */
	done: z.boolean(),
	/** The reader's note on the item: the evidence that it is done, or what is left. */
	note: z.string().check(z.maxLength(maxNoteLength)),
});

export const checklistStateSchema = z.strictObject({
	/** Names this kind of file and its version. */
	format: z.literal(checklistStateFormat),
	/** ID of the checklist (the same pattern as checklist IDs in schemas/common.ts). */
	checklist: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	/** When the state was last changed, as an ISO 8601 date and time. */
	saved: z.iso.datetime(),
	/** Item states by item ID (two digits or more, as in schemas/checklist.ts). */
	items: z.record(z.string().check(z.regex(itemNumberPattern)), checklistItemStateSchema),
});
export type ChecklistState = z.infer<typeof checklistStateSchema>;
export type ChecklistItemState = z.infer<typeof checklistItemStateSchema>;
