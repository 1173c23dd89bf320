/**
 * Placeholders that `npm run new` writes for the editor to fill in ("FYLL I: …" in Swedish files, "FILL IN: …" in
 * English ones). A file that still holds one is reported field by field and not loaded, so a half-filled file never
 * passes and its placeholders do not set off confusing follow-on errors.
 */
import type { Problem } from './problem.ts';
import { fieldPath } from './zod-issues.ts';

/** The marker that starts every placeholder, in both languages. */
export const placeholderPattern = /\b(FYLL I|FILL IN)\b/;

/** A placeholder value: the marker, a colon and what to write, e.g. "FYLL I: stegets namn". */
export const placeholder = (lang: 'sv' | 'en', what: string) => `${lang === 'sv' ? 'FYLL I' : 'FILL IN'}: ${what}`;

function walk(node: unknown, path: PropertyKey[], found: PropertyKey[][]): void {
	if (typeof node === 'string') {
		if (placeholderPattern.test(node)) found.push(path);
	} else if (Array.isArray(node)) {
		node.forEach((item, i) => walk(item, [...path, i], found));
	} else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) walk(value, [...path, key], found);
	}
}

/** One problem per field (and for the body) that still holds a placeholder. */
export function placeholderProblems(file: string, data: unknown, body?: string): Problem[] {
	const found: PropertyKey[][] = [];
	walk(data, [], found);
	const problems = found.map((path) => ({
		file,
		field: fieldPath(path, data),
		message: 'is not filled in yet',
		hint: `replace the placeholder: ${String(path.reduce((node: any, key) => node?.[key as any], data))}`,
	}));
	if (body && placeholderPattern.test(body)) {
		const line = body.split('\n').find((l) => placeholderPattern.test(l))!.trim();
		problems.push({ file, field: '(body)', message: 'is not filled in yet', hint: `replace the placeholder: ${line}` });
	}
	return problems;
}
