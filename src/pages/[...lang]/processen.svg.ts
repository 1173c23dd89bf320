/** /processen.svg and /en/processen.svg: the process map as a self-contained SVG file to download (lib/site/process-map-svg.ts). */
import type { APIRoute } from 'astro';
import { t } from '../../lib/site/i18n.ts';
import { layoutProcessMap } from '../../lib/model/process-map.ts';
import { processMapSvg } from '../../lib/site/process-map-svg.ts';
import { boxLabel, weeksText } from '../../lib/site/process-map-text.ts';
import { getModel, langOf, langParams } from '../../lib/model/from-collections.ts';
import { pageUrl } from '../../lib/site/urls.ts';

export const getStaticPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

export const GET: APIRoute = async ({ params, site, url }) => {
	const lang = langOf(params.lang);
	const model = await getModel(lang);
	const map = layoutProcessMap(model);
	const absolute = (path: string) => new URL(path, site ?? url).href;
	const vars = { steps: model.steps.length, phases: model.phases.length, roles: map.lanes.length };
	const svg = processMapSvg(map, {
		title: t(lang, 'smf.map.svgTitle', vars),
		desc: t(lang, 'smf.map.svgDesc', vars),
		weeks: Object.fromEntries(map.columns.flatMap((c) => (c.weeks ? [[c.phase.id, weeksText(lang, c.weeks)]] : []))),
		boxLabel: (box) => boxLabel(lang, box),
		footer: [
			`${t(lang, 'smf.map.legendNumber')} ◆ ${t(lang, 'smf.map.legendGate')}`,
			t(lang, 'smf.map.svgFooter', { name: t(lang, 'smf.siteTitle'), version: model.meta.version, url: absolute(pageUrl(lang, 'process')) }),
		],
		href: (id) => absolute(pageUrl(lang, 'steps', id)),
	});
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
