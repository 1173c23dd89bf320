/** Turns zod issues into problems an editor can act on: the field path, the message and a likely fix. */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** A field path such as "requirements[1].level" (or "requirements[S07.2].level" when the item has an ID). */
export function fieldPath(path: readonly PropertyKey[], data: unknown): string {
	let out = '';
	let node: any = data;
	for (const key of path) {
		if (typeof key === 'number') {
			const id = node?.[key]?.id;
			out += `[${typeof id === 'string' ? id : key}]`;
		} else {
			out += out ? `.${String(key)}` : String(key);
		}
		node = node?.[key as any];
	}
	return out || '(file)';
}

/** The value at a path in the parsed data. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce((node: any, key) => node?.[key as any], data);
}

/** The field names a schema allows at a path (for "did you mean" on unknown fields). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let node: any = schema;
	const unwrap = () => {
		while (node?._zod?.def?.innerType) node = node._zod.def.innerType;
	};
	for (const key of path) {
		unwrap();
		node = typeof key === 'number' ? node?._zod?.def?.element : node?._zod?.def?.shape?.[key as string];
	}
	unwrap();
	return Object.keys(node?._zod?.def?.shape ?? {});
}

function hintFor(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): string | undefined {
	const input = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (input === undefined) return `add the field "${String(issue.path.at(-1))}"`;
			if ((issue as any).expected === 'string' && typeof input === 'number') {
				return issue.path.at(-1) === 'id' ? `write it in quotes, e.g. "${String(input).padStart(2, '0')}" (without quotes YAML reads 01 as the number 1)` : `write it in quotes: "${input}"`;
			}
			return undefined;
		case 'invalid_value': {
			const values = (issue as any).values?.map(String) ?? [];
			return (typeof input === 'string' && didYouMean(input, values)) || `use one of: ${values.join(', ')}`;
		}
		case 'unrecognized_keys': {
			const keys = keysAt(schema, issue.path);
			return issue.keys.map((k) => (didYouMean(k, keys) ?? `remove "${k}"`)).join('; ');
		}
		case 'too_small':
			return (issue as any).origin === 'array' ? 'the list must not be empty' : undefined;
		default:
			return undefined;
	}
}

/** Every zod issue of one file as a problem. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown, schema: z.ZodType): Problem[] {
	const problems = error.issues.map((issue) => ({
		file,
		field: fieldPath(issue.path, data),
		message: issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined ? 'is missing' : issue.message,
		hint: hintFor(issue, data, schema),
	}));
	// A misspelt field ("ownr") is one mistake: its "did you mean" line says it, so the "is missing" line of the field
	// it was meant to be is left out.
	const meant = new Set(problems.flatMap((p) => [...(p.hint ?? '').matchAll(/did you mean "([^"]+)"\?/g)].map((m) => (p.field === '(file)' ? m[1] : `${p.field}.${m[1]}`))));
	return problems.filter((p) => !(p.message === 'is missing' && meant.has(p.field)));
}
