/**
 * /k/s07.2/ (and /en/k/s07.2/): a requirement's short permanent URL, to print in reports. A tiny static page, readable
 * without JavaScript: a meta refresh and a canonical link to the requirement on its step page (/steg/s07/#S07.2), and
 * the same as a visible link.
 * Search: each page is one small Pagefind record for the requirement's ID, so that "S07.2", "s07.2" and "S7.2" put
 * the requirement first and land on its anchor (the record's URL is the anchor, `data-pagefind-meta="url:…"`). Only
 * the heading is indexed, with the unpadded ID ("S7.2") as an indexed attribute rather than hidden text; the
 * requirement's text is left to its step page, so that word searches keep finding the pages.
 * An endpoint rather than an .astro page: there is one per requirement and language (4,000 at 2,000 requirements), and
 * Astro's page pipeline cost them 1.1 ms each against 0.5 ms here (npm run bench -- --scale 200). Every value is
 * escaped by `html`; with no script or style, the page's own policy is the strictest there is, `default-src 'none'`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { requirements } from '../../../../lib/model/model.ts';
import { getModel, langParams } from '../../../../lib/model/from-collections.ts';
import { html } from '../../../../lib/site/html.ts';
import { pageLang } from '../../../../lib/site/page-lang.ts';
import { requirementUrl } from '../../../../lib/site/urls.ts';

interface Props {
	id: string;
	step: string;
	text: string;
}

export const getStaticPaths = (async () => {
	const paths = [];
	for (const { lang, param } of langParams) {
		for (const r of requirements(await getModel(lang))) paths.push({ params: { lang: param, id: r.id.toLowerCase() }, props: { id: r.id, step: r.step.title, text: r.text } satisfies Props });
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = (context) => {
	const { id, step, text } = context.props;
	const { t } = context.locals;
	const lang = pageLang(context);
	const target = requirementUrl(lang, id);
	const canonical = new URL(target, context.site ?? 'https://example.org').href;
	/** "S07.2" is also written "S7.2". */
	const aliases = id.replace(/^S0(\d)/, 'S$1');
	const title = t('smf.short.title', { id });
	const page = html`<!doctype html>
<html lang="${lang}">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
		<title>${title} – ${t('smf.siteTitle')}</title>
		<link rel="canonical" href="${canonical}">
		<meta http-equiv="refresh" content="0; url=${target}">
	</head>
	<body>
		<main data-pagefind-body data-pagefind-meta="url:${target}">
			<h1 data-pagefind-meta="title:${id} – ${step}" data-pagefind-weight="10" data-pagefind-index-attrs="data-aliases" data-aliases="${aliases}">${title}</h1>
			<p data-pagefind-ignore>${t('smf.short.moved', { id, step })} <a href="${target}">${canonical}</a></p>
			<blockquote data-pagefind-ignore><p>${text}</p></blockquote>
		</main>
	</body>
</html>
`;
	return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
