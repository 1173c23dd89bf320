/**
 * Layout of the process map: a swimlane diagram with one lane per role that owns steps (in the model's role order)
 * and one column per phase (in process order). Each step is a box in its owner's lane and its phase's column; boxes
 * that share a cell stack downwards in step order. Pure arithmetic on the model, in SVG user units, so the component
 * only draws what this returns. Text is wrapped by an estimated character width; boxes are made wide enough for the
 * longest word, so no word is ever cut.
 */
import type { Model } from './model.ts';
import type { Phase } from '../schemas/phase.ts';
import type { Role } from '../schemas/role.ts';
import type { Step } from '../schemas/step.ts';

/** Sizes of the drawing, in SVG user units (pixels at 100 %). */
export interface MapMetrics {
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
	/** Fewest characters a line in a step box holds. */
	minBoxChars: number;
	/** Fewest characters a line of a lane label holds. */
	minLabelChars: number;
	/** How much wider bold text (role and phase labels) runs than regular text. */
	boldFactor: number;
}

/** Defaults tuned for 14px text in Starlight's system font. */
export const defaultMetrics: MapMetrics = { fontSize: 14, charWidth: 0.58, lineHeight: 18, padding: 8, gap: 10, minBoxChars: 18, minLabelChars: 14, boldFactor: 1.1 };

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
	/** The step ID on the first line, then the title wrapped. */
	text: TextBlock;
}

/** One lane: a role that owns at least one step. */
export interface MapLane extends Rect {
	role: Role;
	label: TextBlock;
}

/** One column: a phase of the process. */
export interface MapColumn extends Rect {
	phase: Phase;
	label: TextBlock;
}

/** The whole diagram. */
export interface ProcessMapLayout {
	width: number;
	height: number;
	/** Height of the phase headings at the top. */
	headerHeight: number;
	/** Width of the role labels at the left. */
	labelWidth: number;
	lanes: MapLane[];
	columns: MapColumn[];
	boxes: MapBox[];
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

const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => w.length));

/** Lines placed inside a rectangle's padding, first baseline one font size below the top. */
function block(lines: string[], x: number, y: number, m: MapMetrics): TextBlock {
	const first = y + m.padding + m.fontSize;
	return { x: x + m.padding, lines: lines.map((text, i) => ({ text, y: first + i * m.lineHeight })) };
}

/** Computes the swimlane layout of the model's steps. */
export function layoutProcessMap(model: Model, metrics: Partial<MapMetrics> = {}): ProcessMapLayout {
	const m = { ...defaultMetrics, ...metrics };
	const charPx = m.charWidth * m.fontSize;
	const boldPx = charPx * m.boldFactor;
	const widthFor = (chars: number, px = charPx) => Math.ceil(chars * px) + 2 * m.padding;
	const heightFor = (lines: number) => lines * m.lineHeight + 2 * m.padding;

	const owners = new Set(model.steps.map((s) => s.owner));
	const roles = model.roles.filter((r) => owners.has(r.id));

	const boxChars = Math.max(m.minBoxChars, longestWord(model.steps.map((s) => s.title)));
	const titles = new Map(model.steps.map((s) => [s.id, wrapText(s.title, boxChars)]));
	const boxWidth = widthFor(boxChars);
	const boxHeight = heightFor(1 + Math.max(1, ...[...titles.values()].map((l) => l.length)));
	const columnWidth = boxWidth + 2 * m.gap;

	const headerChars = Math.max(Math.floor((columnWidth - 2 * m.padding) / boldPx), longestWord(model.phases.map((p) => p.title)));
	const headers = model.phases.map((p) => wrapText(p.title, headerChars));
	const headerHeight = heightFor(Math.max(1, ...headers.map((h) => h.length)));

	const labelChars = Math.max(m.minLabelChars, longestWord(roles.map((r) => r.name)));
	const labelWidth = widthFor(labelChars, boldPx);

	const columns: MapColumn[] = model.phases.map((phase, i) => {
		const x = labelWidth + i * columnWidth;
		return { phase, x, y: 0, width: columnWidth, height: 0, label: block(headers[i], x, 0, m) };
	});

	const lanes: MapLane[] = [];
	const boxes: MapBox[] = [];
	let y = headerHeight;
	for (const role of roles) {
		const label = wrapText(role.name, labelChars);
		const cells = columns.map((c) => model.steps.filter((s) => s.owner === role.id && s.phase === c.phase.id));
		const stacked = Math.max(...cells.map((c) => c.length));
		const height = Math.max(m.gap + stacked * (boxHeight + m.gap), heightFor(label.length));
		cells.forEach((steps, col) =>
			steps.forEach((step, k) => {
				const box = { x: columns[col].x + m.gap, y: y + m.gap + k * (boxHeight + m.gap), width: boxWidth, height: boxHeight };
				boxes.push({ ...box, step, text: block([step.id, ...titles.get(step.id)!], box.x, box.y, m) });
			}),
		);
		lanes.push({ role, x: 0, y, width: labelWidth + columns.length * columnWidth, height, label: block(label, 0, y, m) });
		y += height;
	}
	for (const column of columns) column.height = y;
	boxes.sort((a, b) => model.steps.indexOf(a.step) - model.steps.indexOf(b.step));
	return { width: labelWidth + columns.length * columnWidth, height: y, headerHeight, labelWidth, lanes, columns, boxes };
}
