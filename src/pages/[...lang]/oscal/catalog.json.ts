/** /oscal/catalog.json and /en/oscal/catalog.json: the standard as an OSCAL 1.0.6 catalog (see lib/site/oscal.ts). */
import type { APIRoute } from 'astro';
import { buildCatalog } from '../../../lib/site/oscal.ts';
import { pageLang } from '../../../lib/site/page-lang.ts';
import { getModel, langPaths } from '../../../lib/model/from-collections.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async (context) => {
	const catalog = buildCatalog(await getModel(pageLang(context)), new URL(import.meta.env.BASE_URL, context.site ?? 'https://example.org').href);
	return new Response(JSON.stringify(catalog, null, '\t') + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
