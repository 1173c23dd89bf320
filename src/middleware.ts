/**
 * Post-processes every built HTML page: the search button's accessible name (lib/site/search-button.ts) and, when the site
 * lives under a base path, root-relative links written in the content (lib/site/base-links.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { prefixBase } from './lib/site/base-links.ts';
import { fixSearchButtonName } from './lib/site/search-button.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = prefixBase(fixSearchButtonName(await response.text()), import.meta.env.BASE_URL);
	return new Response(html, { status: response.status, headers: response.headers });
});
