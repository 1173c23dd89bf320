/**
 * The page at a requirement's short permanent URL (/k/s07.2/, /en/k/s07.2/), to print in reports: a tiny static page,
 * readable without JavaScript, with a meta refresh and a canonical link to the requirement on its step page
 * (/steg/s07/#S07.2), and the same as a visible link. src/integrations/short-links.ts writes one per requirement and
 * language after the build, and serves them in `astro dev`.
 * Search: each page is one small Pagefind record for the requirement's ID, so that "S07.2", "s07.2" and "S7.2" put
 * the requirement first and land on its anchor (the record's URL is the anchor, `data-pagefind-meta="url:…"`). Only
 * the heading is indexed, with the unpadded ID ("S7.2") as an indexed attribute rather than hidden text; the
 * requirement's text is left to its step page, so that word searches keep finding the pages.
 * Every value is escaped by `html`; with no script or style, the page's own policy is the strictest there is,
 * `default-src 'none'`.
 */
import type { RequirementInContext } from '../model/model.ts';
import type { Lang } from '../../schemas/common.ts';
import { unpaddedId } from '../../schemas/id-patterns.ts';
import { shortUrl } from './citation.ts';
import { html } from './html.ts';
import { t } from './i18n.ts';
import { requirementUrl } from './urls.ts';

/** Where the site lives: its URL (for the canonical link) and base path. */
export interface SiteLocation {
	site: string | undefined;
	base: string;
}

/** The path of a requirement's short-URL page in the built site, e.g. `k/s07.2/index.html` or `en/k/s07.2/index.html`. */
export const shortLinkFile = (lang: Lang, id: string) => `${shortUrl(lang, id, '/').slice(1)}index.html`;

/** The short-URL page of one requirement. */
export function shortLinkPage(lang: Lang, r: Pick<RequirementInContext, 'id' | 'text' | 'step'>, where: SiteLocation): string {
	const { id } = r;
	const target = requirementUrl(lang, id, where.base);
	const canonical = new URL(target, where.site ?? 'https://example.org').href;
	/** "S07.2" is also written "S7.2". */
	const aliases = unpaddedId(id);
	const title = t(lang, 'smf.short.title', { id });
	const step = r.step.title;
	return html`<!doctype html>
<html lang="${lang}">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
		<title>${title} – ${t(lang, 'smf.siteTitle')}</title>
		<link rel="canonical" href="${canonical}">
		<meta http-equiv="refresh" content="0; url=${target}">
	</head>
	<body>
		<main data-pagefind-body data-pagefind-meta="url:${target}">
			<h1 data-pagefind-meta="title:${id} – ${step}" data-pagefind-weight="10" data-pagefind-index-attrs="data-aliases" data-aliases="${aliases}">${title}</h1>
			<p data-pagefind-ignore>${t(lang, 'smf.short.moved', { id, step })} <a href="${target}">${canonical}</a></p>
			<blockquote data-pagefind-ignore><p>${r.text}</p></blockquote>
		</main>
	</body>
</html>
`;
}
