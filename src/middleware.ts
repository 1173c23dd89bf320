/**
 * Runs after Starlight's middleware on every request. It makes `locals.t` not escape interpolated values, since
 * Astro escapes what a template prints (lib/site/locals-t.ts). Then it post-processes the HTML of every page Starlight
 * lays out: the search button's accessible name (lib/site/search-button.ts), when the site lives under a base path,
 * root-relative links written in the content (lib/site/base-links.ts), and a CSP that lists only the page's own
 * inline scripts and styles (lib/site/csp-prune.ts). Pages without Starlight's layout (the
 * short URLs /k/…/, whose links come from urls.ts) are passed through untouched: reading a page back and building a
 * new Response costs about as much as rendering a stub.
 * In `astro dev` only, a short URL is served from its endpoint's index.html (the build writes that file, which a
 * static host serves for the folder URL; the dev server matches the endpoint's own path only).
 */
import { defineMiddleware } from 'astro:middleware';
import { prefixBase } from './lib/site/base-links.ts';
import { pruneCspHashes } from './lib/site/csp-prune.ts';
import { siteTranslator } from './lib/site/locals-t.ts';
import { fixSearchButtonName } from './lib/site/search-button.ts';
import { shortSection } from './lib/site/citation.ts';

/** A short URL, /k/s07.2/ or /en/k/s07.2/ (under the base path, if any), or the index.html the build writes for it. */
const shortUrl = new RegExp(`/${shortSection}/[^/]+/(index\\.html)?$`);

/** Whether Starlight rendered this page; `locals.starlightRoute` throws on any other page. */
function starlightRendered(locals: App.Locals): boolean {
	try {
		return Boolean(locals.starlightRoute);
	} catch {
		return false;
	}
}

export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.t = siteTranslator(context.locals.t);
	if (import.meta.env.DEV && shortUrl.test(context.url.pathname) && context.url.pathname.endsWith('/')) return context.rewrite(`${context.url.pathname}index.html`);
	const response = await next();
	// A short URL is checked by its path first: asking `locals.starlightRoute` of a page without it throws, and
	// building that error costs about as much as the stub itself (4,000 of them at 2,000 requirements).
	if (shortUrl.test(context.url.pathname) || !response.headers.get('content-type')?.includes('text/html') || !starlightRendered(context.locals)) return response;
	const html = pruneCspHashes(prefixBase(fixSearchButtonName(await response.text()), import.meta.env.BASE_URL));
	return new Response(html, { status: response.status, headers: response.headers });
});
