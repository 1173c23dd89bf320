/**
 * Runs after Starlight's middleware on every request. It makes `locals.t` not escape interpolated values, since
 * Astro escapes what a template prints (lib/site/locals-t.ts). Then it post-processes every built HTML page: the
 * search button's accessible name (lib/site/search-button.ts) and, when the site lives under a base path,
 * root-relative links written in the content (lib/site/base-links.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { prefixBase } from './lib/site/base-links.ts';
import { withoutValueEscaping } from './lib/site/locals-t.ts';
import { fixSearchButtonName } from './lib/site/search-button.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.t = withoutValueEscaping(context.locals.t);
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = prefixBase(fixSearchButtonName(await response.text()), import.meta.env.BASE_URL);
	return new Response(html, { status: response.status, headers: response.headers });
});
