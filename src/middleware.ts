/** Post-processes every built HTML page; today only the search button's accessible name (see lib/search-button.ts). */
import { defineMiddleware } from 'astro:middleware';
import { fixSearchButtonName } from './lib/search-button.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	return new Response(fixSearchButtonName(html), { status: response.status, headers: response.headers });
});
