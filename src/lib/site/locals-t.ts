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
 */
type T = App.Locals['t'];

const unescaped = (options: unknown) => {
	const given = options && typeof options === 'object' ? (options as { interpolation?: object }) : {};
	return { ...given, interpolation: { escapeValue: false, ...given.interpolation } };
};

/** `t` with interpolated values not escaped; `all()`, `exists()` and `dir()` are Starlight's own. */
export function withoutValueEscaping(t: T): T {
	const call = t as unknown as (...args: unknown[]) => string;
	// i18next's forms: t(key), t(key, options), t(key, defaultValue), t(key, defaultValue, options).
	const wrapped = (key: unknown, second?: unknown, third?: unknown) =>
		typeof second === 'string' ? call(key, second, unescaped(third)) : call(key, unescaped(second));
	return Object.assign(wrapped, t) as unknown as T;
}
