/**
 * The words of the process map, shared by the page (components/ProcessMap.astro) and the SVG file
 * (pages/[...lang]/processen.svg.ts): a week range as text, and the accessible name of a step's box.
 */
import type { Lang, Weeks } from '../../schemas/common.ts';
import { t } from './i18n.ts';
import type { MapBox } from '../model/process-map.ts';

/** "vecka 8–20", "vecka 8", "från vecka 32". */
export function weeksText(lang: Lang, weeks: Weeks): string {
	const key = weeks.to === undefined ? 'smf.weeks.onwards' : weeks.to === weeks.from ? 'smf.weeks.single' : 'smf.weeks.range';
	return t(lang, key, { from: weeks.from, to: weeks.to ?? '' });
}

/** "Steg 8: S08 Första bedömningen (bedömning)". */
export function boxLabel(lang: Lang, box: Pick<MapBox, 'number' | 'gate' | 'step'>): string {
	return t(lang, box.gate ? 'smf.map.boxGate' : 'smf.map.box', { number: box.number, id: box.step.id, title: box.step.title });
}
