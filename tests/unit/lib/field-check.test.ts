/** The page's own check (lib/state/field-check.ts) gives the same answer as the zod schema built from the same field tables. */
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../src/lib/state/assessment-io.ts';
import { assessmentFormat, assessmentSchema } from '../../../src/schemas/assessment.ts';

const valid = {
	format: assessmentFormat, version: '0.1.0', versionDate: '2026-11-22', scope: 'bank', organisation: 'Banken AB',
	saved: '2026-12-01T12:00:00.000Z', organisationAt: '2026-12-01T12:00:00Z',
	answers: { 'S16.1': { status: 'ej-tillampligt', reason: 'Ingen.', evidence: 'Policy', responsible: 'Anna', checked: '2026-11-30', level: 'ska', text: 'Krav.', at: '2026-12-01T12:00:00.000Z' }, 'S16.2': { checked: '', at: '2026-12-01T12:00:00Z' } },
};
const broken: [string, (a: any) => void][] = [
	['another format', (a) => (a.format = 'svensk-mikrofinansstandard/sjalvvardering@2')],
	['a stray key', (a) => (a.extra = 1)],
	['a stray answer key', (a) => (a.answers['S16.1'].done = true)],
	['a bad requirement ID', (a) => (a.answers['A1'] = { at: valid.saved })],
	['an unknown status', (a) => (a.answers['S16.1'].status = 'kanske')],
	['a note over the limit', (a) => (a.answers['S16.1'].evidence = 'x'.repeat(10_001))],
	['a bad date', (a) => (a.answers['S16.1'].checked = '2026-13-01')],
	['a date and time with an offset', (a) => (a.saved = '2026-12-01T12:00:00+01:00')],
	['no at', (a) => delete a.answers['S16.1'].at],
	['no answers', (a) => delete a.answers],
	['answers as a list', (a) => (a.answers = [])],
	['a number as organisation', (a) => (a.organisation = 5)],
	['a bad version', (a) => (a.version = 'v1')],
	['a bad scope', (a) => (a.scope = 'Bank')],
];

describe('the page’s check and the zod schema', () => {
	it('both accept a valid assessment', () => {
		expect(assessmentSchema.safeParse(valid).success).toBe(true);
		expect(parseAssessment(JSON.stringify(valid))).toEqual({ ok: true, assessment: valid });
	});

	it.each(broken)('both refuse %s', (_, breakIt) => {
		const a = structuredClone(valid);
		breakIt(a);
		expect(assessmentSchema.safeParse(a).success).toBe(false);
		expect(parseAssessment(JSON.stringify(a))).toMatchObject({ ok: false, problem: 'schema' });
	});

	it('refuses a __proto__ key, which zod passes over', () => {
		const text = JSON.stringify(valid).replace('"S16.2"', '"__proto__"');
		expect(parseAssessment(text)).toMatchObject({ ok: false, problem: 'schema' });
	});

	it('refuses what is not JSON, or not an object', () => {
		expect(parseAssessment('{').ok).toBe(false);
		for (const text of ['null', '"x"', '[]', '5']) expect(parseAssessment(text)).toMatchObject({ ok: false, problem: 'schema' });
	});
});
