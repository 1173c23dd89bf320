/**
 * A self-assessment (/sjalvvardering/) as saved in the browser, exported as JSON and carried in a share link: one
 * answer per requirement, each stamped with when it was changed so that two tabs merge instead of overwriting. Written
 * with zod/mini so the page's client script validates files with this very schema; /sjalvvardering.schema.json is
 * generated from it.
 */
import * as z from 'zod/mini';
import { assessmentStatuses } from './conformance.ts';

/** The value of `format` in every saved or exported assessment. */
export const assessmentFormat = 'svensk-mikrofinansstandard/sjalvvardering@1';

/** Longest free text kept in one field, in characters. */
export const maxTextLength = 10_000;

const freeText = z.string().check(z.maxLength(maxTextLength));

/** The reader's answer to one requirement. */
export const answerSchema = z.strictObject({
	/** uppfyllt, delvis, ej-uppfyllt or ej-tillampligt (schemas/conformance.ts); left out while unanswered. */
	status: z.optional(z.enum(assessmentStatuses)),
	/** Why the requirement does not apply (required for ej-tillampligt when the rule says so). */
	reason: z.optional(freeText),
	/** The evidence: which document, where. */
	evidence: z.optional(freeText),
	/** Who is responsible. */
	responsible: z.optional(z.string().check(z.maxLength(500))),
	/** The date the answer was checked, YYYY-MM-DD. */
	checked: z.optional(z.union([z.literal(''), z.iso.date()])),
	/** The requirement's level and text when it was answered: a later version that changed them asks for re-assessment. */
	level: z.optional(z.enum(['ska', 'bör'])),
	text: z.optional(z.string().check(z.maxLength(maxTextLength))),
	/** When the answer was last changed (ISO 8601): the later one wins when two tabs or files merge. */
	at: z.iso.datetime(),
});
export type AssessmentAnswer = z.infer<typeof answerSchema>;

export const assessmentSchema = z.strictObject({
	/** Names this kind of file and its version. */
	format: z.literal(assessmentFormat),
	/** The version of the standard the assessment was made on, e.g. "0.1.0". */
	version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)),
	/** The date of that version of the standard (YYYY-MM-DD). */
	versionDate: z.iso.date(),
	/** "partnerskap" (the whole partnership) or the ID of one role. */
	scope: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	/** The organisation or partnership assessed. */
	organisation: z.string().check(z.maxLength(500)),
	/** When the organisation's name was last changed (ISO 8601). */
	organisationAt: z.optional(z.iso.datetime()),
	/** When the assessment was last changed (ISO 8601). */
	saved: z.iso.datetime(),
	/** Answers by requirement ID ("S07.2"); answers to requirements the current version lacks are kept. */
	answers: z.record(z.string().check(z.regex(/^S\d{2}\.\d+$/)), answerSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** The JSON Schema of an exported assessment (served at /sjalvvardering.schema.json). */
export function assessmentJsonSchema(id: string) {
	return { ...z.toJSONSchema(assessmentSchema, { target: 'draft-2020-12', io: 'output' }), $id: id, title: 'Svensk mikrofinansstandard: självvärdering' };
}
