/** /processen.svg and /en/processen.svg: the process map as a self-contained SVG file to download (lib/site/process-map-svg.ts). */
import type { APIRoute } from 'astro';
import { layoutProcessMap } from '../../lib/model/process-map.ts';
import { pageLang } from '../../lib/site/page-lang.ts';
import { processMapSvg } from '../../lib/site/process-map-svg.ts';
import { boxLabel, weeksText } from '../../lib/site/process-map-text.ts';
import { getModel, langParams } from '../../lib/model/from-collections.ts';
import { pageUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

export const GET: APIRoute = async (context) => {
	const { locals: { t }, site, url } = context;
	const lang = pageLang(context);
	const model = await getModel(lang);
	const map = layoutProcessMap(model);
	const absolute = (path: string) => new URL(path, site ?? url).href;
	const vars = { steps: model.steps.length, phases: model.phases.length, roles: map.lanes.length };
	const svg = processMapSvg(map, {
		title: t('smf.map.svgTitle', vars),
		desc: t('smf.map.svgDesc', vars),
		weeks: Object.fromEntries(map.columns.flatMap((c) => (c.weeks ? [[c.phase.id, weeksText(lang, c.weeks)]] : []))),
		boxLabel: (box) => boxLabel(lang, box),
		footer: [
			`${t('smf.map.legendNumber')} ◆ ${t('smf.map.legendGate')}`,
			t('smf.map.svgFooter', { name: t('smf.siteTitle'), version: model.meta.version, url: absolute(pageUrl(lang, 'process')) }),
		],
		href: (id) => absolute(pageUrl(lang, 'steps', id)),
	});
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
