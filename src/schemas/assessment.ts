/**
 * A self-assessment as saved in the browser, exported as JSON and carried in a share link, as a zod/mini schema built
 * from the field tables of schemas/assessment-fields.ts (the one place the format is written).
 */
import * as z from 'zod/mini';
import { answerFields, answerKey, assessmentFields, type Field, type Fields } from './assessment-fields.ts';

export * from './assessment-fields.ts';

function zodOf(field: Field) {
	const base = (() => {
		switch (field.kind) {
			case 'literal': return z.literal(field.value);
			case 'enum': return z.enum(field.values as [string, ...string[]]);
			case 'text': return z.string().check(z.maxLength(field.max));
			case 'pattern': return z.string().check(z.regex(field.pattern));
			case 'date': return field.orEmpty ? z.union([z.literal(''), z.iso.date()]) : z.iso.date();
			case 'datetime': return z.iso.datetime();
		}
	})();
	return field.optional ? z.optional(base) : base;
}
const zodObject = (fields: Fields) => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, zodOf(f)]));

export const answerSchema = z.strictObject(zodObject(answerFields));
export const assessmentSchema = z.strictObject({ ...zodObject(assessmentFields), answers: z.record(z.string().check(z.regex(answerKey)), answerSchema) });

