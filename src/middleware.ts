/**
 * Runs after Starlight's middleware on every request. It makes `locals.t` not escape interpolated values, since
 * Astro escapes what a template prints (lib/site/locals-t.ts). Then it post-processes the HTML of every page Starlight
 * lays out: the search button's accessible name (lib/site/search-button.ts), when the site lives under a base path,
 * root-relative links written in the content (lib/site/base-links.ts), and a CSP that lists only the page's own
 * inline scripts and styles (lib/site/csp-prune.ts). Other responses (the open data, the process map's SVG) are
 * passed through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { prefixBase } from './lib/site/base-links.ts';
import { pruneCspHashes } from './lib/site/csp-prune.ts';
import { siteTranslator } from './lib/site/locals-t.ts';
import { fixSearchButtonName } from './lib/site/search-button.ts';

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
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html') || !starlightRendered(context.locals)) return response;
	const html = pruneCspHashes(prefixBase(fixSearchButtonName(await response.text()), import.meta.env.BASE_URL));
	return new Response(html, { status: response.status, headers: response.headers });
});
