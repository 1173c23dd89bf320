/**
 * `html` tagged templates: every value put into the markup is escaped (escape-html.ts), so a page written as a string
 * prints content as text, as an Astro template would. For the few pages built without Astro's renderer.
 */
import { escapeHtml } from './escape-html.ts';

/** The markup with each interpolated value escaped. */
export function html(strings: TemplateStringsArray, ...values: (string | number)[]): string {
	return strings.reduce((out, part, i) => out + part + (i < values.length ? escapeHtml(String(values[i])) : ''), '');
}
