/**
 * Layout of the process map: a picture of the whole process that fits a desktop content column. One column per phase
 * (in process order) headed by its name and week range; one lane per role that owns steps (in the model's role order),
 * its name on a band across the whole map; each step a numbered box in its owner's lane and its phase's column, boxes
 * that share a cell stacked in step order. The number is the step's place in the process; screening gates
 * (`gate: true` on the step) are marked. Pure arithmetic on the model, in SVG user units, so the component and the
 * /processen.svg endpoint only draw what this returns. Text is wrapped by an estimated (generous) character width;
 * a word too long for a box is broken with a hyphen, after a Swedish joint "s" where there is one.
 */
import type { Model } from './model.ts';
import type { Phase } from '../../schemas/phase.ts';
import type { Role } from '../../schemas/role.ts';
import type { Step } from '../../schemas/step.ts';
import type { Weeks } from '../../schemas/common.ts';

/** Sizes of the drawing, in SVG user units (pixels when drawn at its natural width). */
export interface MapMetrics {
	/** Width of the whole drawing: a desktop content column (Starlight's at 1280 px is 932 px). */
	width: number;
	/** Font size of all text. */
	fontSize: number;
	/** Average width of one character, as a share of the font size (generous, so estimated lines never overflow). */
	charWidth: number;
	/** Distance between two lines of text. */
	lineHeight: number;
	/** Space between a box's edge and its text. */
	padding: number;
	/** Space between boxes, and between a box and its cell's edge. */
	gap: number;
	/** How much wider bold text (role and phase labels, IDs) runs than regular text. */
	boldFactor: number;
	/** Width reserved at the start of a box's first line for the step's number. */
	badgeWidth: number;
	/** Radius of the circle behind the step's number. */
	badgeRadius: number;
}

/** Defaults: 13px text, so the map drawn at 932 px (a 1280 px screen) shows it at 13px. */
export const defaultMetrics: MapMetrics = { width: 928, fontSize: 13, charWidth: 0.55, lineHeight: 16, padding: 6, gap: 5, boldFactor: 1.1, badgeWidth: 27, badgeRadius: 10.5 };

/** Lines of text and where to draw them: `x` is the left edge, each line has its own baseline `y`. */
export interface TextBlock {
	x: number;
	lines: { text: string; y: number }[];
}

/** A rectangle in SVG user units. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One step's box, linked to the step's page. */
export interface MapBox extends Rect {
	step: Step;
	/** The step's place in the process, from 1. */
	number: number;
	/** Is the step a screening gate? */
	gate: boolean;
	/** Where the number is drawn (its centre). */
	badge: { x: number; y: number };
	/** Where the ID starts on the first line, after the number. */
	idX: number;
	/** The step ID on the first line (after the number), then the title wrapped. */
	text: TextBlock;
}

/** One lane: a role that owns at least one step, with its name on a band at the top. */
export interface MapLane extends Rect {
	role: Role;
	/** Height of the band with the role's name. */
	bandHeight: number;
	label: TextBlock;
}

/** One column: a phase of the process. */
export interface MapColumn extends Rect {
	phase: Phase;
	/** The phase's weeks: from the first week of its steps to the last (no end when a step has none). */
	weeks?: Weeks;
	/** The phase's name, wrapped. */
	label: TextBlock;
	/** Baseline of the week range, under the name. */
	weeksY: number;
}

/** The whole diagram. */
export interface ProcessMapLayout {
	width: number;
	height: number;
	/** Height of the phase headings at the top. */
	headerHeight: number;
	lanes: MapLane[];
	columns: MapColumn[];
	boxes: MapBox[];
	metrics: MapMetrics;
}

/** Splits text into lines of at most `maxChars` characters at spaces; a longer word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.trim().split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Breaks a word longer than `maxChars` into parts that fit, each but the last ending in a hyphen: after a hyphen the
 * word has, else after a joint "s" ("utvecklings-funktionen"), else where the line is full.
 */
export function breakWord(word: string, maxChars: number): string[] {
	if (word.length <= maxChars || maxChars < 4) return [word];
	const last = Math.min(maxChars, word.length - 3);
	const cutAfter = (ok: (i: number) => boolean) => {
		for (let i = last; i >= 3; i--) if (ok(i)) return i;
		return -1;
	};
	let cut = cutAfter((i) => word[i - 1] === '-');
	if (cut < 0) cut = cutAfter((i) => word[i - 1] === 's' && i + 1 <= maxChars && /\p{L}/u.test(word[i]));
	if (cut < 0) cut = maxChars - 1;
	const head = word[cut - 1] === '-' ? word.slice(0, cut) : `${word.slice(0, cut)}-`;
	return [head, ...breakWord(word.slice(cut), maxChars)];
}

/** wrapText, with words too long for a line broken first. */
export function wrapWords(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.trim().split(/\s+/)) {
		for (const [i, part] of breakWord(word, maxChars).entries()) {
			const last = lines.at(-1);
			if (i === 0 && last !== undefined && !last.endsWith('-') && last.length + 1 + part.length <= maxChars) lines[lines.length - 1] = `${last} ${part}`;
			else lines.push(part);
		}
	}
	return lines;
}

/** The week range of a set of steps: the first `from` to the last `to`, open-ended when a step has no end. */
export function weeksOf(steps: Step[]): Weeks | undefined {
	const spans = steps.flatMap((s) => (s.weeks ? [s.weeks] : []));
	if (spans.length === 0) return undefined;
	const from = Math.min(...spans.map((w) => w.from));
	const open = spans.some((w) => w.to === undefined);
	return open ? { from } : { from, to: Math.max(...spans.map((w) => w.to!)) };
}

/** Computes the layout of the model's steps. */
export function layoutProcessMap(model: Model, metrics: Partial<MapMetrics> = {}): ProcessMapLayout {
	const m = { ...defaultMetrics, ...metrics };
	const charPx = m.charWidth * m.fontSize;
	const boldPx = charPx * m.boldFactor;

	const owners = new Set(model.steps.map((s) => s.owner));
	const roles = model.roles.filter((r) => owners.has(r.id));

	const columnWidth = m.width / model.phases.length;
	const boxWidth = columnWidth - 2 * m.gap;
	const boxChars = Math.floor((boxWidth - 2 * m.padding) / charPx);
	const headerChars = Math.floor((columnWidth - 2 * m.padding) / boldPx);

	// Phase headings: the name, then the week range on a line of its own.
	const headers = model.phases.map((p) => wrapWords(p.title, headerChars));
	const headerLines = Math.max(1, ...headers.map((h) => h.length)) + 1;
	const headerHeight = headerLines * m.lineHeight + 2 * m.padding;
	const columns: MapColumn[] = model.phases.map((phase, i) => {
		const x = i * columnWidth;
		const label = { x: x + m.padding, lines: headers[i].map((text, k) => ({ text, y: m.padding + m.fontSize + k * m.lineHeight })) };
		const weeksY = m.padding + m.fontSize + (headerLines - 1) * m.lineHeight;
		return { phase, weeks: weeksOf(model.steps.filter((s) => s.phase === phase.id)), x, y: 0, width: columnWidth, height: 0, label, weeksY };
	});

	const bandHeight = m.lineHeight + 2 * m.padding;
	const lanes: MapLane[] = [];
	const boxes: MapBox[] = [];
	let y = headerHeight;
	for (const role of roles) {
		const top = y;
		let bottom = top + bandHeight;
		columns.forEach((column) => {
			let boxY = top + bandHeight;
			for (const step of model.steps.filter((s) => s.owner === role.id && s.phase === column.phase.id)) {
				const lines = [step.id, ...wrapWords(step.title, boxChars)];
				const height = lines.length * m.lineHeight + 2 * m.padding;
				const x = column.x + m.gap;
				const first = boxY + m.padding + m.fontSize;
				boxes.push({
					step,
					number: model.steps.indexOf(step) + 1,
					gate: step.gate === true,
					x,
					y: boxY,
					width: boxWidth,
					height,
					badge: { x: x + m.padding + m.badgeRadius - 2, y: first - m.fontSize / 2 + 1 },
					idX: x + m.padding + m.badgeWidth,
					text: { x: x + m.padding, lines: lines.map((text, k) => ({ text, y: first + k * m.lineHeight })) },
				});
				boxY += height + m.gap;
			}
			bottom = Math.max(bottom, boxY);
		});
		const height = bottom - top + m.gap;
		lanes.push({ role, x: 0, y: top, width: m.width, height, bandHeight, label: { x: m.padding, lines: [{ text: role.name, y: top + m.padding + m.fontSize }] } });
		y += height;
	}
	for (const column of columns) column.height = y;
	boxes.sort((a, b) => a.number - b.number);
	return { width: m.width, height: y, headerHeight, lanes, columns, boxes, metrics: m };
}
