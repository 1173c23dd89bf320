/**
 * The self-assessment format (/sjalvvardering/) as small field tables: one answer per requirement, each stamped with
 * when it was changed so that two tabs merge instead of overwriting. Written once, here, without zod: the zod schema
 * (schemas/assessment.ts, for the tests and /sjalvvardering.schema.json) and the page's own check (lib/state/field-check.ts)
 * are both built from these tables, so zod stays out of the page's JavaScript.
 */
import { assessmentStatuses } from './assessment-statuses.ts';

/** The value of `format` in every saved or exported assessment. */
export const assessmentFormat = 'svensk-mikrofinansstandard/sjalvvardering@1';

/** Longest free text kept in one field, in characters. */
export const maxTextLength = 10_000;

/** A field's kind; `optional` fields may be left out. */
export type Field = { optional?: boolean } & (
	| { kind: 'literal'; value: string }
	| { kind: 'enum'; values: readonly string[] }
	| { kind: 'text'; max: number }
	| { kind: 'pattern'; pattern: RegExp }
	| { kind: 'date'; orEmpty?: boolean }
	| { kind: 'datetime' }
);
export type Fields = Record<string, Field>;

/** The reader's answer to one requirement. */
export const answerFields = {
	/** uppfyllt, delvis, ej-uppfyllt or ej-tillampligt (schemas/conformance.ts); left out while unanswered. */
	status: { kind: 'enum', values: assessmentStatuses, optional: true },
	/** Why the requirement does not apply (required for ej-tillampligt when the rule says so). */
	reason: { kind: 'text', max: maxTextLength, optional: true },
	/** The evidence: which document, where. */
	evidence: { kind: 'text', max: maxTextLength, optional: true },
	/** Who is responsible. */
	responsible: { kind: 'text', max: 500, optional: true },
	/** The date the answer was checked, YYYY-MM-DD (or empty). */
	checked: { kind: 'date', orEmpty: true, optional: true },
	/** The requirement's level when it was answered: a later version that changed it asks for re-assessment. */
	level: { kind: 'enum', values: ['ska', 'bör'], optional: true },
	/** The requirement's text when it was answered, likewise. */
	text: { kind: 'text', max: maxTextLength, optional: true },
	/** When the answer was last changed (ISO 8601, UTC): the later one wins when two tabs or files merge. */
	at: { kind: 'datetime' },
} as const satisfies Fields;

/** The pattern of the keys of `answers`: requirement IDs such as "S07.2". */
export const answerKey = /^S\d{2}\.\d+$/;

/** The assessment as a whole; `answers` holds answerFields by requirement ID (answerKey). */
export const assessmentFields = {
	/** Names this kind of file and its version. */
	format: { kind: 'literal', value: assessmentFormat },
	/** The version of the standard the assessment was made on, e.g. "0.1.0". */
	version: { kind: 'pattern', pattern: /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/ },
	/** The date of that version of the standard (YYYY-MM-DD). */
	versionDate: { kind: 'date' },
	/** "partnerskap" (the whole partnership) or the ID of one role. */
	scope: { kind: 'pattern', pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ },
	/** The organisation or partnership assessed. */
	organisation: { kind: 'text', max: 500 },
	/** When the organisation's name was last changed (ISO 8601, UTC). */
	organisationAt: { kind: 'datetime', optional: true },
	/** When the assessment was last changed (ISO 8601, UTC). */
	saved: { kind: 'datetime' },
} as const satisfies Fields;

type Value<F> = F extends { kind: 'literal'; value: infer V } ? V : F extends { kind: 'enum'; values: readonly (infer V)[] } ? V : string;
type Shape<T extends Fields> = { -readonly [K in keyof T as T[K] extends { optional: true } ? never : K]: Value<T[K]> } & {
	-readonly [K in keyof T as T[K] extends { optional: true } ? K : never]?: Value<T[K]>;
};
export type AssessmentAnswer = Shape<typeof answerFields>;
export type Assessment = Shape<typeof assessmentFields> & { answers: Record<string, AssessmentAnswer> };
