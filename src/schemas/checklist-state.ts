/**
 * What a reader's work on a checklist looks like when saved in the browser (localStorage) or exported as JSON: ticks
 * and notes keyed by item ID, each stamped with when it changed (so two tabs merge instead of overwriting) and with
 * the item's text (so a later version that changed the item can say so). Written with zod/mini so the checklist's
 * client script can validate imported files with this very schema and stay small; the tests use it too.
 */
import * as z from 'zod/mini';
import { itemNumberPattern, requirementPattern } from './id-patterns.ts';

/** The value of `format` in every saved or exported state. */
export const checklistStateFormat = 'svensk-mikrofinansstandard/checklista@2';
/** The format of 0.1.0 (no version, no stamps, no item texts): still read, and upgraded, on import and from storage. */
export const checklistStateFormatV1 = 'svensk-mikrofinansstandard/checklista@1';

/** Longest note kept for one item, in characters. */
export const maxNoteLength = 10_000;

const checklistIdPattern = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/** Item IDs: two digits, as in schemas/checklist.ts, or a requirement ID for an item derived from it (lib/model/role-checklist.ts). */
const itemId = z.string().check(z.regex(new RegExp(`${itemNumberPattern.source}|${requirementPattern.source}`)));
/** 0.1.0 had written items only. */
const itemIdV1 = z.string().check(z.regex(/^\d{2}$/));

/** One item's state. */
export const checklistItemStateSchema = z.strictObject({
	/** Whether the item is ticked off as done. */
	done: z.boolean(),
	/** The reader's note on the item: the evidence that it is done, or what is left. */
	note: z.string().check(z.maxLength(maxNoteLength)),
	/** The item's text when it was ticked or noted; a later version with another text asks to check it again. */
	text: z.optional(z.string().check(z.maxLength(maxNoteLength))),
	/** When the item's state last changed (ISO 8601): the later one wins when two tabs or files merge. */
	at: z.iso.datetime(),
});

export const checklistStateSchema = z.strictObject({
	/** Names this kind of file and its version. */
	format: z.literal(checklistStateFormat),
	/** ID of the checklist (the same pattern as checklist IDs in schemas/common.ts). */
	checklist: checklistIdPattern,
	/** The version of the standard the state was saved on, e.g. "0.1.0". */
	version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)),
	/** When the state was last changed, as an ISO 8601 date and time. */
	saved: z.iso.datetime(),
	/** Item states by item ID; items the current checklist lacks are kept (shown as from an earlier version). */
	items: z.record(itemId, checklistItemStateSchema),
});
export type ChecklistState = z.infer<typeof checklistStateSchema>;
export type ChecklistItemState = z.infer<typeof checklistItemStateSchema>;

/** The 0.1.0 format, as its checklist pages saved and exported it. */
export const checklistStateV1Schema = z.strictObject({
	format: z.literal(checklistStateFormatV1),
	checklist: checklistIdPattern,
	saved: z.iso.datetime(),
	items: z.record(itemIdV1, z.strictObject({ done: z.boolean(), note: z.string().check(z.maxLength(maxNoteLength)) })),
});
