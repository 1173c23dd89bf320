import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, readContentFiles } from '../../../src/lib/content/content-files.ts';
import { describeField, diffMarkdown, diffStandards } from '../../../src/lib/releases/diff.ts';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { copyMinimal, edit, minimalRoot } from '../../support/fixtures.ts';

const step = 'content/steps/sv/s05-forsta-kontakten.md';
const stepEn = 'content/steps/en/s05-forsta-kontakten.md';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Compares the minimal fixture with an edited copy of it. */
function compare(change: (root: string) => void) {
	const root = copyMinimal();
	dirs.push(root);
	change(root);
	const files = changedFiles(readContentFiles(minimalRoot), readContentFiles(root));
	return diffStandards(loadStandard(minimalRoot).standard, loadStandard(root).standard, files);
}

describe('diff of two versions of the standard', () => {
	it('finds nothing between equal trees', () => {
		expect(compare(() => {})).toMatchObject({ changes: [], files: [], change: undefined });
	});

	it('shows a changed "ska" requirement text as a major change of that requirement', () => {
		const diff = compare((root) => edit(root, step, (t) => t.replace('inom en vecka', 'inom två dagar')));
		expect(diff.changes).toEqual([expect.objectContaining({ id: 'S05.1', kind: 'requirement', type: 'changed', change: 'major', fields: [expect.objectContaining({ field: 'text', change: 'major' })] })]);
		expect(diff).toMatchObject({ change: 'major', from: '0.1.0', next: '0.2.0', files: [step] });
	});

	it('shows a changed "bör" requirement text as minor, and lowering "ska" to "bör" as minor', () => {
		const bor = compare((root) => edit(root, step, (t) => t.replace('på ett språk personen förstår', 'på lätt svenska')));
		expect(bor.changes).toEqual([expect.objectContaining({ id: 'S05.2', change: 'minor' })]);
		const lowered = compare((root) => edit(root, step, (t) => t.replace('level: ska', 'level: bör')));
		expect(lowered.changes[0]).toMatchObject({ id: 'S05.1', change: 'minor', fields: [expect.objectContaining({ field: 'level', before: 'ska', after: 'bör' })] });
	});

	it('shows an added step as minor', () => {
		const diff = compare((root) => {
			for (const file of [step, stepEn]) {
				const copy = file.replace('s05-forsta-kontakten', 's07-ny');
				cpSync(join(root, file), join(root, copy));
				edit(root, copy, (t) => t.replace('id: S05', 'id: S07').replace(/S05\./g, 'S07.').replace('order: 1', 'order: 9'));
			}
		});
		expect(diff.changes.map((c) => `${c.type} ${c.id}`)).toEqual(['added S07', 'added S07.1', 'added S07.2']);
		expect(diff).toMatchObject({ change: 'minor', next: '0.2.0' });
	});

	it('shows a removed requirement as major', () => {
		const diff = compare((root) => edit(root, step, (t) => t.slice(0, t.indexOf('  - id: S05.2')) + t.slice(t.indexOf('---', 10))));
		expect(diff.changes).toEqual([expect.objectContaining({ id: 'S05.2', type: 'removed', change: 'major' })]);
		expect(diff.change).toBe('major');
	});

	it('shows an owner change as major, and prose outside the normative fields as a patch', () => {
		const owner = compare((root) => edit(root, step, (t) => t.replace('owner: offentlig-aktor', 'owner: bank')));
		expect(owner.changes.map((c) => `${c.id} ${c.change}`)).toEqual(['S05 major', 'S05.1 major', 'S05.2 major']);
		const prose = compare((root) => {
			edit(root, step, (t) => t.replace('Första kontakten', 'Den första kontakten'));
			edit(root, stepEn, (t) => t.replace('within a week.', 'within one week.'));
		});
		expect(prose).toMatchObject({ changes: [], change: 'patch', next: '0.1.1' });
	});

	it('writes the comparison as Markdown, lists as what came and what went', () => {
		const diff = compare((root) => edit(root, step, (t) => t.replace('inom en vecka', 'inom två dagar')));
		const md = diffMarkdown(diff, '`main`');
		expect(md).toContain('Change class: **major** – version 0.1.0 → **0.2.0**');
		expect(md).toContain('- **S05.1** requirement:');
		expect(md).toContain('text (*major*): “Den som hör av sig får prata med en medarbetare i teamet inom en vecka.” →');
		expect(describeField({ field: 'sources', before: ['a', 'b'], after: ['b', 'c'], change: 'minor' })).toBe('+ “c”; − “a”');
	});
});

describe('the diff summary cannot be forged by content', () => {
	it('escapes an HTML comment, a table pipe and a fake heading in a requirement, so later lines stay visible', () => {
		const diff = compare((root) => {
			edit(root, step, (t) => t.replace(/text: Den som hör av sig får prata(.*)/, 'text: "<!-- Den som | hör\\n\\n### Files changed (0)\\n\\n*inget* [x](javascript:1) får prata$1"'));
			edit(root, step, (t) => t.replace('level: bör', 'level: ska'));
		});
		const md = diffMarkdown(diff, '`main`');
		expect(md).not.toMatch(/(^|[^\\])<!--/);
		expect(md).not.toMatch(/(^|[^\\])\|/m);
		expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['## Changes to the standard since `main`', '### Changed (2)', '### Files changed (1)']);
		expect(md).toContain('\\<\\!-- Den som \\| hör \\#\\#\\# Files changed (0) \\*inget\\* \\[x\\](javascript:1) får prata');
		expect(md).toContain('- **S05.2** requirement:');
	});
});
