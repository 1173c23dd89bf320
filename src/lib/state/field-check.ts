/**
 * A small check of data against the field tables of schemas/assessment.ts, for the page's script (zod stays out of
 * the page). The unit tests hold it to the same answers as the zod schema built from the same tables.
 */
import type { Field, Fields } from '../../schemas/assessment-fields.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const validDate = (text: string) => !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text.slice(0, 10))).toISOString().slice(0, 10) === text.slice(0, 10);

/** Why the value does not fit the field, or undefined when it does. */
export function checkField(field: Field, value: unknown): string | undefined {
	if (value === undefined) return field.optional ? undefined : 'missing';
	switch (field.kind) {
		case 'literal': return value === field.value ? undefined : `must be "${field.value}"`;
		case 'enum': return field.values.includes(value as string) ? undefined : `must be one of ${field.values.join(', ')}`;
	}
	if (typeof value !== 'string') return 'must be text';
	switch (field.kind) {
		case 'text': return value.length <= field.max ? undefined : `longer than ${field.max} characters`;
		case 'pattern': return field.pattern.test(value) ? undefined : 'has the wrong form';
		case 'date': return (field.orEmpty && value === '') || (isoDate.test(value) && validDate(value)) ? undefined : 'must be a date (YYYY-MM-DD)';
		case 'datetime': return isoDateTime.test(value) && validDate(value) ? undefined : 'must be a date and time (ISO 8601, UTC)';
	}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an object with exactly these fields (no others); the first problem as "path: message". */
export function checkObject(fields: Fields, value: unknown, path = ''): string | undefined {
	if (!isObject(value)) return `${path || '(file)'}: must be an object`;
	for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) return `${path}${key}: not a field of this format`;
	for (const [key, field] of Object.entries(fields)) {
		const problem = checkField(field, value[key]);
		if (problem) return `${path}${key}: ${problem}`;
	}
	return undefined;
}

/** Checks a record whose keys match `key` and whose values are objects with `fields`. */
export function checkRecord(key: RegExp, fields: Fields, value: unknown, path: string): string | undefined {
	if (!isObject(value)) return `${path}: must be an object`;
	for (const [k, v] of Object.entries(value)) {
		if (!key.test(k)) return `${path}.${k}: not a requirement ID`;
		const problem = checkObject(fields, v, `${path}.${k}.`);
		if (problem) return problem;
	}
	return undefined;
}
