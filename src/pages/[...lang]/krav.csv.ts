/** /krav.csv and /en/krav.csv: one row per requirement, RFC 4180, UTF-8 with a byte order mark (see lib/export.ts). */
import type { APIRoute } from 'astro';
import { requirementsCsv } from '../../lib/export.ts';
import { getModel, langOf, langParams } from '../../lib/site-model.ts';

export const getStaticPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(requirementsCsv(await getModel(langOf(params.lang))), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
