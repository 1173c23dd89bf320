/** /krav.csv (Swedish headers, semicolons, for Swedish Excel) and /en/krav.csv (machine names, commas): one row per requirement, UTF-8 with a BOM (see lib/model/export.ts). */
import type { APIRoute } from 'astro';
import { requirementsCsv } from '../../lib/model/export.ts';
import { getModel, langParams } from '../../lib/model/from-collections.ts';
import { pageLang } from '../../lib/site/page-lang.ts';

export const getStaticPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

export const GET: APIRoute = async (context) =>
	new Response(requirementsCsv(await getModel(pageLang(context))), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
