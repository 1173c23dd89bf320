import { describe, expect, it } from 'vitest';
import { breakWord, defaultMetrics, layoutProcessMap, weeksOf, wrapText, wrapWords, type Rect } from '../../../src/lib/model/process-map.ts';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import type { Model } from '../../../src/lib/model/model.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { syntheticModel } from '../../support/synthetic.ts';

const inside = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const models: [string, Model][] = [
	['the real content (sv)', modelFromStandard(loadStandard(repoRoot).standard, 'sv')],
	['the real content (en)', modelFromStandard(loadStandard(repoRoot).standard, 'en')],
	['a synthetic standard of full size', syntheticModel()],
];

describe('wrapText', () => {
	it('breaks at spaces without passing the limit', () => {
		expect(wrapText('Kurs i ekonomi, redovisning och marknadsföring', 18)).toEqual(['Kurs i ekonomi,', 'redovisning och', 'marknadsföring']);
	});
	it('gives a word longer than the limit a line of its own, and keeps every word', () => {
		const lines = wrapText('Mikrolånsteamet och utvecklingsfunktionen', 10);
		expect(lines).toEqual(['Mikrolånsteamet', 'och', 'utvecklingsfunktionen']);
		expect(wrapText('  a  b ', 5)).toEqual(['a b']);
	});
});

describe('breakWord and wrapWords', () => {
	it('break a word too long for a line after a joint "s" or a hyphen, else where the line is full', () => {
		expect(breakWord('utvecklingsfunktionen', 14)).toEqual(['utvecklings-', 'funktionen']);
		expect(breakWord('self-assessment', 10)).toEqual(['self-', 'assessment']);
		expect(breakWord('abcdefghijklmnop', 10)).toEqual(['abcdefghi-', 'jklmnop']);
		expect(breakWord('kort', 10)).toEqual(['kort']);
	});
	it('wrap with every line within the limit and every letter kept', () => {
		const title = 'Mikrolånsteamet och utvecklingsfunktionen';
		const lines = wrapWords(title, 14);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
		expect(lines.join('').replace(/[-\s]/g, '')).toBe(title.replace(/[-\s]/g, ''));
	});
});

describe('weeksOf', () => {
	const step = (from: number, to?: number) => ({ weeks: { from, to } }) as never;
	it('spans from the first week to the last, open-ended when a step has no end, none without weeks', () => {
		expect(weeksOf([step(4, 16), step(1, 8)])).toEqual({ from: 1, to: 16 });
		expect(weeksOf([step(60, 62), step(60)])).toEqual({ from: 60 });
		expect(weeksOf([{} as never])).toBeUndefined();
	});
});

describe.each(models)('layoutProcessMap on %s', (_, model) => {
	const layout = layoutProcessMap(model);

	it('has one lane per role that owns a step, in the model’s role order', () => {
		const owners = new Set(model.steps.map((s) => s.owner));
		expect(layout.lanes.map((l) => l.role.id)).toEqual(model.roles.filter((r) => owners.has(r.id)).map((r) => r.id));
	});

	it('has one column per phase, left to right in process order', () => {
		expect(layout.columns.map((c) => c.phase.id)).toEqual(model.phases.map((p) => p.id));
		layout.columns.slice(1).forEach((c, i) => expect(c.x).toBeCloseTo(layout.columns[i].x + layout.columns[i].width, 6));
	});

	it('fits the width it is given (a desktop content column), so it never scrolls sideways', () => {
		expect(layout.width).toBe(defaultMetrics.width);
		for (const r of [...layout.boxes, ...layout.columns]) expect(r.x + r.width).toBeLessThanOrEqual(layout.width + 1e-6);
	});

	it('heads each phase with the week range of its steps', () => {
		for (const c of layout.columns) expect(c.weeks).toEqual(weeksOf(model.steps.filter((s) => s.phase === c.phase.id)));
	});

	it('numbers the steps in process order and marks the screening gates from the content', () => {
		expect(layout.boxes.map((b) => b.number)).toEqual(model.steps.map((_, i) => i + 1));
		expect(layout.boxes.filter((b) => b.gate).map((b) => b.step.id)).toEqual(model.steps.filter((s) => s.gate).map((s) => s.id));
	});

	it('puts every step once, in its owner’s lane and its phase’s column, in step order', () => {
		expect(layout.boxes.map((b) => b.step.id)).toEqual(model.steps.map((s) => s.id));
		for (const box of layout.boxes) {
			expect(inside(box, layout.lanes.find((l) => l.role.id === box.step.owner)!)).toBe(true);
			expect(inside(box, layout.columns.find((c) => c.phase.id === box.step.phase)!)).toBe(true);
		}
	});

	it('never lets two boxes overlap', () => {
		for (const [i, a] of layout.boxes.entries()) for (const b of layout.boxes.slice(i + 1)) expect(overlap(a, b), `${a.step.id} and ${b.step.id}`).toBe(false);
	});

	it('fits every line of text inside its box, lane label and column heading', () => {
		const regular = defaultMetrics.charWidth * defaultMetrics.fontSize;
		const bold = regular * defaultMetrics.boldFactor;
		const fits = (rect: Rect, text: { x: number; lines: { text: string; y: number }[] }, charPx = regular) => {
			for (const line of text.lines) {
				expect(text.x + line.text.length * charPx, line.text).toBeLessThanOrEqual(rect.x + rect.width - defaultMetrics.padding + 0.01);
				expect(line.y, line.text).toBeLessThanOrEqual(rect.y + rect.height - defaultMetrics.padding + 0.01);
			}
		};
		for (const box of layout.boxes) {
			fits(box, { x: box.text.x, lines: box.text.lines.slice(1) });
			fits(box, { x: box.idX, lines: box.text.lines.slice(0, 1) }, bold);
		}
		for (const lane of layout.lanes) fits({ ...lane, height: lane.bandHeight }, lane.label, bold);
		for (const column of layout.columns) fits({ ...column, height: layout.headerHeight }, column.label, bold);
	});

	it('shows the step ID and then the whole title in each box', () => {
		for (const box of layout.boxes) {
			expect(box.text.lines[0].text).toBe(box.step.id);
			const letters = (text: string) => text.replace(/[-\s]/g, '');
			expect(letters(box.text.lines.slice(1).map((l) => l.text).join(''))).toBe(letters(box.step.title));
		}
	});

	it('covers everything with its width and height', () => {
		const all = { x: 0, y: 0, width: layout.width, height: layout.height };
		for (const r of [...layout.boxes, ...layout.lanes, ...layout.columns]) expect(inside(r, all)).toBe(true);
		expect(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height).toBe(layout.height);
	});
});

describe('layoutProcessMap at full size', () => {
	it('stacks the steps that share a lane and a phase', () => {
		const layout = layoutProcessMap(syntheticModel());
		const cell = layout.boxes.filter((b) => b.step.owner === 'mikrolansteam' && b.step.phase === 'rekrytering');
		expect(cell.map((b) => b.step.id)).toEqual(['S05', 'S06', 'S07', 'S08']);
		expect(new Set(cell.map((b) => b.x)).size).toBe(1);
		cell.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThan(cell[i].y + cell[i].height));
		expect(layout.lanes.map((l) => l.role.id)).not.toContain('entreprenor');
	});
});
