/** /oscal/profiles/<role>.json (and under /en/): what applies to one role, as an OSCAL 1.0.6 profile of the catalog (see lib/site/oscal.ts). */
import type { APIRoute } from 'astro';
import { buildProfile, profileRoles } from '../../../../lib/site/oscal.ts';
import { pageLang } from '../../../../lib/site/page-lang.ts';
import { getModel, langParams } from '../../../../lib/model/from-collections.ts';

export async function getStaticPaths() {
	const paths = [];
	for (const { lang, param } of langParams) for (const role of profileRoles(await getModel(lang))) paths.push({ params: { lang: param, role: role.id } });
	return paths;
}

export const GET: APIRoute = async (context) => {
	const profile = buildProfile(await getModel(pageLang(context)), context.params.role!, new URL(import.meta.env.BASE_URL, context.site ?? 'https://example.org').href);
	return new Response(JSON.stringify(profile, null, '\t') + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
