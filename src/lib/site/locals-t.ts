/**
 * Starlight's translator (`Astro.locals.t`, i18next) as the site uses it: src/middleware.ts swaps it for this one on
 * every request, for Starlight's components and ours alike.
 *
 * i18next escapes interpolated values for HTML by default (escapeValue), and Starlight leaves that on. Astro escapes
 * whatever a template prints, so a title with "&" would show as "&amp;" on the page, and a URL or file built from
 * the string (the "report a problem" issue, the SVG) would carry "&amp;" too. So values are not escaped here, the
 * same as Starlight does for its own strings with values (the heading anchors' label): what prints the string
 * escapes it, once. A call can still ask for escaping with `interpolation: { escapeValue: true }`.
 *
 * A {{name}} placeholder without a value is left in, so `t(key)` is also the template a client script fills in.
 *
 * The site's own keys (smf.…, plain {{name}} placeholders, no plurals or nesting) are looked up in Starlight's
 * dictionary for the page's language and filled in here, which gives i18next's answer at a lookup's cost: through
 * i18next, a build of 2,000 requirements took 25 % longer (the print page alone makes thousands of calls). A key the
 * language lacks, and every Starlight key, goes to i18next, which falls back to Swedish.
 */
import { fill } from './template.ts';

type T = App.Locals['t'];

const unescaped = (options: unknown) => {
	const given = options && typeof options === 'object' ? (options as { interpolation?: object }) : {};
	return { ...given, interpolation: { escapeValue: false, ...given.interpolation } };
};

/** Values only: no i18next option (interpolation, count, context, defaultValue…) that would change the answer. */
const plainValues = (options: unknown): options is Record<string, string | number> =>
	options === undefined || (typeof options === 'object' && options !== null && Object.values(options).every((v) => typeof v === 'string' || typeof v === 'number') && !('count' in options) && !('context' in options) && !('defaultValue' in options));

/** `t` as the site uses it: the site's keys read from the dictionary, values not escaped; `all()`, `exists()` and `dir()` are Starlight's own. */
export function siteTranslator(t: T): T {
	const call = t as unknown as (...args: unknown[]) => string;
	let dictionary: Record<string, string> | undefined;
	// i18next's forms: t(key), t(key, options), t(key, defaultValue), t(key, defaultValue, options).
	const wrapped = (key: unknown, second?: unknown, third?: unknown) => {
		if (typeof key === 'string' && key.startsWith('smf.') && third === undefined && plainValues(second)) {
			const template = (dictionary ??= t.all() as Record<string, string>)[key];
			if (template !== undefined) return fill(template, second);
		}
		return typeof second === 'string' ? call(key, second, unescaped(third)) : call(key, unescaped(second));
	};
	return Object.assign(wrapped, t) as unknown as T;
}
