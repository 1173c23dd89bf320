/**
 * Content links are written from the site root (`/steg/s07/`). When the site is deployed under a base path
 * (e.g. GitHub Pages at `/repo/`), this prefixes root-relative links that do not already carry the base.
 * Starlight's own links and the pages' links (built with urls.ts) already include the base and are left alone.
 */
export function prefixBase(html: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (prefix === '') return html;
	return html.replace(/(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g, (whole, attr: string, path: string) =>
		path === prefix || path.startsWith(`${prefix}/`) ? whole : `${attr}${prefix}${path}"`,
	);
}
