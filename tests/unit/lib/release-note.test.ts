import { describe, expect, it } from 'vitest';
import { draftRelease, planRelease } from '../../../src/lib/releases/release-note.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('release notes', () => {
	it('lists every ID as added in the first release, with a first-release why', () => {
		const standard = minimalStandard();
		standard.lock = undefined;
		const plan = planRelease(standard, '0.1.0', 0);
		expect(plan.first).toBe(true);
		expect(plan.added).toContain('S05.1');
		const note = draftRelease(standard, plan, { version: '0.1.0', lang: 'en', date: '2026-11-22' });
		expect(note.added.find((i) => i.id === 'S05.1')?.why).toBe('Part of the first version of the standard.');
	});

	it('lists what changed since the lock, with placeholders for the whys and keeping whys already written', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		const [first, second] = step.data.requirements;
		first.text = 'Ändrad text.';
		step.data.requirements = [first, { ...second, id: 'S05.3' }];
		const plan = planRelease(standard, '0.2.0', 1);
		expect(plan).toEqual({ first: false, added: ['S05.3'], changed: [first.id], removed: ['S05.2'] });
		const existing = { version: '0.2.0', date: '2027-01-01', status: 'utkast' as const, summary: 'Klart.', added: [{ id: 'S05.3', why: 'Behövs.' }], changed: [], removed: [] };
		const note = draftRelease(standard, plan, { version: '0.2.0', lang: 'sv', existing });
		expect(note.summary).toBe('Klart.');
		expect(note.added).toEqual([{ id: 'S05.3', why: 'Behövs.' }]);
		expect(note.changed[0].why).toMatch(/^FYLL I: /);
	});

	it('refuses to rewrite a released version', () => {
		expect(() => planRelease(minimalStandard(), '0.1.0', 1)).toThrow(/never rewritten/);
	});
});
