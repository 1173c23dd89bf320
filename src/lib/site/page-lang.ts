/**
 * The language of the page or file being rendered, the one way components, pages and endpoints get it: Astro's
 * current locale, which Astro works out from the URL with the locales Starlight gives it (/en/… is English, every
 * other path Swedish). It is what Starlight's middleware hands to `locals.t`, so the UI strings and the language a
 * component links and formats in are always the same. It works on Starlight's pages and on src/pages/[...lang]/… alike.
 *
 * Astro takes a route param or path segment that is exactly "en" or "sv" as a locale, so an entry ID must never be one
 * of those (IDs are longer slugs or codes such as "S07", "bank").
 */
import type { Lang } from '../../schemas/common.ts';

/** `pageLang(Astro)` in a component or page, `pageLang(context)` in an endpoint. */
export function pageLang(astro: { currentLocale: string | undefined }): Lang {
	return astro.currentLocale === 'en' ? 'en' : 'sv';
}
