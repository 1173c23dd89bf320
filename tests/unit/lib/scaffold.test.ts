import { describe, expect, it } from 'vitest';
import { newId, nextId, scaffoldFiles, usedIds } from '../../../src/lib/editor/scaffold.ts';
import { placeholderProblems } from '../../../src/lib/content/placeholders.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';
import { parse } from 'yaml';

describe('scaffold', () => {
	it('takes the next ID above the highest ever used, tombstones included', () => {
		const standard = minimalStandard();
		expect(newId('step', standard, {})).toBe('S17');
		expect(newId('principle', standard, {})).toBe('P14');
		addRelease(standard, { version: '0.2.0', removed: [item('S16'), item('S16.1')] });
		standard.entries.steps.sv = standard.entries.steps.sv.filter((s) => s.data.id !== 'S16');
		addRelease(standard, { version: '0.3.0', removed: [item('P13')] });
		expect(usedIds(standard).has('S16')).toBe(true);
		expect(newId('step', standard, {})).toBe('S17');
		expect(nextId(new Set(['TK01', 'TK03', 'TF09']), 'TK')).toBe('TK04');
		expect(newId('accessibility', standard, { area: 'kommunikativ' })).toBe('TK02');
	});

	it('never hands out a slug ID that is or was in use', () => {
		const standard = minimalStandard();
		expect(() => newId('role', standard, { id: 'bank' })).toThrow(/already used/);
		expect(() => newId('term', standard, { id: 'Not A Slug' })).toThrow(/--id/);
		expect(newId('term', standard, { id: 'ny-term' })).toBe('ny-term');
	});

	it('writes both languages with every required field holding a placeholder', () => {
		const files = scaffoldFiles('role', 'ny-roll', minimalStandard());
		expect(files.map((f) => f.path)).toEqual(['content/roles/sv/ny-roll.md', 'content/roles/en/ny-roll.md']);
		const [, yaml, body] = files[0].text.split('---\n');
		const data = parse(yaml);
		expect(Object.keys(data)).toEqual(['id', 'name', 'kind', 'summary', 'responsibilities', 'competences', 'sources']);
		expect(placeholderProblems(files[0].path, data, body).map((p) => p.field)).toEqual(['name', 'kind', 'summary', 'responsibilities[0]', 'sources[0]', '(body)']);
		expect(files[1].text).toContain('FILL IN: the role’s name');
	});
});
