/**
 * The process map as a self-contained SVG file (/processen.svg, /en/processen.svg): the same layout as the page
 * (lib/model/process-map.ts), with its own styles (light colours, a system font stack, no site CSS) and absolute links, so it
 * can be opened alone or put in a presentation. Every text is XML-escaped.
 */
import type { ProcessMapLayout } from '../model/process-map.ts';

export interface SvgText {
	/** The drawing's title and description. */
	title: string;
	desc: string;
	/** The week range of each phase, by phase ID, already in the right language. */
	weeks: Record<string, string>;
	/** The accessible name of a step's box. */
	boxLabel(box: ProcessMapLayout['boxes'][number]): string;
	/** Lines under the map: the legend, and where the living version is. */
	footer: string[];
	/** The absolute URL of a step's page. */
	href(stepId: string): string;
}

export const escapeXml = (text: string): string =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const styles = `
text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 13px; fill: #17181c; }
.bg { fill: #ffffff; }
.lane { fill: #ffffff; }
.lane-alt, .head { fill: #eceef2; }
.band { fill: #dde0e7; }
.rule { stroke: #c0c2c7; stroke-width: 1; }
.label { font-weight: 700; }
.weeks { fill: #3d3f45; }
.box { fill: #ffffff; stroke: #3447d6; stroke-width: 1.5; }
.box.gate { stroke: #a33a00; stroke-width: 3; }
.id { font-weight: 700; fill: #2a37a8; }
.gate-mark { fill: #a33a00; font-weight: 700; }
.badge { fill: #3447d6; }
.badge-text { fill: #ffffff; font-size: 12px; font-weight: 700; }
.footer { fill: #3d3f45; font-size: 12px; }
`;

/** The whole map as an SVG document. */
export function processMapSvg(map: ProcessMapLayout, text: SvgText): string {
	const m = map.metrics;
	const footerHeight = (text.footer.length + 1) * m.lineHeight;
	const height = map.height + footerHeight;
	const out: string[] = [];
	out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
	out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${height}" viewBox="0 0 ${map.width} ${height}" role="img" aria-labelledby="title desc">`);
	out.push(`<title id="title">${escapeXml(text.title)}</title><desc id="desc">${escapeXml(text.desc)}</desc>`);
	out.push(`<style>${styles}</style>`);
	out.push(`<rect class="bg" x="0" y="0" width="${map.width}" height="${height}"/>`);
	map.lanes.forEach((lane, i) => {
		out.push(`<rect class="lane${i % 2 ? ' lane-alt' : ''}" x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}"/>`);
		out.push(`<rect class="band" x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.bandHeight}"/>`);
		out.push(`<text class="label" x="${lane.label.x}" y="${lane.label.lines[0].y}">${escapeXml(lane.role.name)}</text>`);
		for (const c of map.columns.slice(1)) out.push(`<line class="rule" x1="${c.x}" y1="${lane.y + lane.bandHeight}" x2="${c.x}" y2="${lane.y + lane.height}"/>`);
	});
	out.push(`<rect class="head" x="0" y="0" width="${map.width}" height="${map.headerHeight}"/>`);
	for (const c of map.columns) {
		if (c.x > 0) out.push(`<line class="rule" x1="${c.x}" y1="0" x2="${c.x}" y2="${map.headerHeight}"/>`);
		out.push(`<text class="label">${c.label.lines.map((l) => `<tspan x="${c.label.x}" y="${l.y}">${escapeXml(l.text)}</tspan>`).join('')}</text>`);
		const weeks = text.weeks[c.phase.id];
		if (weeks) out.push(`<text class="weeks" x="${c.label.x}" y="${c.weeksY}">${escapeXml(weeks)}</text>`);
	}
	for (const box of map.boxes) {
		const [id, ...title] = box.text.lines;
		// The name is a <title> (SVG's own way to name an element), not aria-label: the visible text breaks long words.
		out.push(`<a href="${escapeXml(text.href(box.step.id))}"><title>${escapeXml(text.boxLabel(box))}</title>`);
		out.push(`<rect class="box${box.gate ? ' gate' : ''}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6"/>`);
		out.push(`<circle class="badge" cx="${box.badge.x}" cy="${box.badge.y}" r="${m.badgeRadius}"/>`);
		out.push(`<text class="badge-text" x="${box.badge.x}" y="${box.badge.y + 4}" text-anchor="middle">${box.number}</text>`);
		out.push(`<text><tspan class="id" x="${box.idX}" y="${id.y}">${escapeXml(id.text)}</tspan>${box.gate ? `<tspan class="gate-mark"> ◆</tspan>` : ''}`);
		out.push(`${title.map((l) => `<tspan x="${box.text.x}" y="${l.y}">${escapeXml(l.text)}</tspan>`).join('')}</text></a>`);
	}
	text.footer.forEach((line, i) => out.push(`<text class="footer" x="${m.padding}" y="${map.height + (i + 1) * m.lineHeight + 2}">${escapeXml(line)}</text>`));
	out.push(`</svg>`);
	return out.join('\n') + '\n';
}
