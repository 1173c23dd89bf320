import type { Entry } from '../../lib/content/load-standard.ts';
import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';
import { walkStrings } from '../walk-strings.ts';

/** What turns plain text into markup: a tag or comment (`<b`, `</title`, `<!--`, `<?`), or an HTML entity (`&lt;`, `&#60;`). */
const markup = /<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);/;
/** Control characters (tab and line feed are fine in YAML block text). */
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** The problems in one string field, if any. */
export function plainTextProblems(file: string, field: string, value: string): Problem[] {
	const tag = markup.exec(value);
	if (tag) {
		return [{ file, field, message: `contains markup ("${value.slice(tag.index, tag.index + 12)}…"); this field is plain text, shown exactly as written`, hint: 'remove the "<" or "&" markup; write "mindre än" / "less than" for "<", and put formatting or links in the Markdown body' }];
	}
	const c = control.exec(value);
	if (c) {
		return [{ file, field, message: `contains the invisible control character U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, hint: 'retype the text around it, or paste it as plain text' }];
	}
	return [];
}

/**
 * Every field outside a Markdown body is plain text: no HTML tags, comments or entities, no control characters.
 * Pages escape what they print anyway; this rule makes sure a title cannot even try (a `</title><script>` in a title
 * reached Starlight's `<title>` unescaped in 0.1.0).
 */
export const plainText: Rule = {
	id: 'plain-text',
	description: 'Fields outside the Markdown body contain no HTML tags, comments, entities or control characters.',
	check(standard) {
		const problems: Problem[] = [];
		const entries: Entry[] = [...allEntries(standard), ...standard.invalid];
		for (const e of entries) walkStrings(e.data, (field, value) => problems.push(...plainTextProblems(e.file, field, value)));
		if (standard.meta) walkStrings(standard.meta, (field, value) => problems.push(...plainTextProblems('content/standard.yaml', field, value)));
		// Starlight pages: their frontmatter reaches <title> and the hero (which Starlight writes with set:html).
		for (const page of standard.docPages ?? []) walkStrings(page.data, (field, value) => problems.push(...plainTextProblems(page.file, field, value)));
		for (const lang of ['sv', 'en'] as const) {
			const ui = standard.ui[lang];
			if (ui) walkStrings(ui, (field, value) => problems.push(...plainTextProblems(`content/i18n/${lang}.json`, field, value)));
		}
		return problems;
	},
};
