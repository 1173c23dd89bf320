/** /standard.json and /en/standard.json: the whole standard as open data (see lib/model/export.ts and schemas/export.ts). */
import type { APIRoute } from 'astro';
import { buildExport } from '../../lib/model/export.ts';
import { getBodies, getModel, langParams } from '../../lib/model/from-collections.ts';
import { pageLang } from '../../lib/site/page-lang.ts';

export const getStaticPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

export const GET: APIRoute = async (context) => {
	const lang = pageLang(context);
	const data = buildExport(await getModel(lang), await getBodies(lang));
	return new Response(JSON.stringify(data, null, '\t') + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
