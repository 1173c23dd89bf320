import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { judge, progressBy, verdict, type Answer, type Assessed, type Rule } from '../../../src/lib/model/conformance.ts';
import { conformanceSchema } from '../../../src/schemas/conformance.ts';
import { repoRoot } from '../../support/fixtures.ts';

/** The rule as the standard defines it, read from content (never restated here). */
const contentRule = conformanceSchema.parse(parse(readFileSync(join(repoRoot, 'content/conformance/sv/overensstammelse.yaml'), 'utf8')));
const strict: Rule = { skaShare: 1, borShare: 0.8, partialCountsAsMet: false, notApplicableNeedsReason: true };

const reqs: Assessed[] = [
	{ id: 'S01.1', level: 'ska', mayBeNotApplicable: false },
	{ id: 'S01.2', level: 'ska', mayBeNotApplicable: true },
	...Array.from({ length: 10 }, (_, i) => ({ id: `S02.${i + 1}`, level: 'bör' as const, mayBeNotApplicable: false })),
];
const allMet = (): Record<string, Answer> => Object.fromEntries(reqs.map((r) => [r.id, { status: 'uppfyllt' }]));

describe('verdict', () => {
	it('conforms when everything is met, by the rule in content', () => {
		const v = verdict(contentRule, reqs, allMet());
		expect(v).toMatchObject({ conforms: true, complete: true, gaps: [] });
		expect(v.ska).toEqual({ applicable: 2, met: 2, needed: Math.ceil(contentRule.skaShare * 2) });
	});

	it('flips when one applicable ska goes from uppfyllt to ej uppfyllt', () => {
		const answers = allMet();
		answers['S01.1'] = { status: 'ej-uppfyllt' };
		const v = verdict(strict, reqs, answers);
		expect(v.conforms).toBe(false);
		expect(v.gaps).toEqual([{ id: 'S01.1', level: 'ska', gap: 'not-met' }]);
	});

	it('allows the bör share: 8 of 10 conforms, 7 of 10 does not', () => {
		const answers = allMet();
		answers['S02.1'] = { status: 'ej-uppfyllt' };
		answers['S02.2'] = { status: 'delvis' };
		expect(verdict(strict, reqs, answers)).toMatchObject({ conforms: true, bor: { applicable: 10, met: 8, needed: 8 } });
		answers['S02.3'] = {};
		expect(verdict(strict, reqs, answers)).toMatchObject({ conforms: false, complete: false, bor: { met: 7, needed: 8 } });
	});

	it('counts delvis as met only where the rule says so', () => {
		const answers = { ...allMet(), 'S01.1': { status: 'delvis' } as Answer };
		expect(verdict(strict, reqs, answers).conforms).toBe(false);
		expect(verdict({ ...strict, partialCountsAsMet: true }, reqs, answers).conforms).toBe(true);
	});

	it('takes ej tillämpligt out of the count only where the requirement allows it, with a reason when the rule asks for one', () => {
		const r = reqs[1];
		expect(judge(strict, r, { status: 'ej-tillampligt' })).toBe('reason-missing');
		expect(judge(strict, r, { status: 'ej-tillampligt', reason: '  ' })).toBe('reason-missing');
		expect(judge({ ...strict, notApplicableNeedsReason: false }, r, { status: 'ej-tillampligt' })).toBe('not-applicable');
		expect(judge(strict, reqs[0], { status: 'ej-tillampligt', reason: 'Vi har ingen.' })).toBe('not-applicable-not-allowed');
		const answers = { ...allMet(), 'S01.2': { status: 'ej-tillampligt', reason: 'Ingen mikrofond.' } as Answer };
		expect(verdict(strict, reqs, answers)).toMatchObject({ conforms: true, ska: { applicable: 1, met: 1, needed: 1 } });
	});

	it('lets a share below one tolerate a missing ska', () => {
		const answers = { ...allMet(), 'S01.1': { status: 'ej-uppfyllt' } as Answer };
		expect(verdict({ ...strict, skaShare: 0.5 }, reqs, answers).conforms).toBe(true);
	});
});

describe('progressBy', () => {
	it('counts each answer in every group of its requirement', () => {
		const grouped = reqs.map((r, i) => ({ ...r, groups: i === 0 ? ['a', 'b'] : ['b'] }));
		const answers: Record<string, Answer> = { 'S01.1': { status: 'uppfyllt' }, 'S01.2': { status: 'ej-tillampligt', reason: 'x' }, 'S02.1': { status: 'delvis' } };
		expect(progressBy(strict, grouped, answers, ['a', 'b', 'c'])).toEqual([
			{ id: 'a', total: 1, met: 1, open: 0, notApplicable: 0, unanswered: 0 },
			{ id: 'b', total: 12, met: 1, open: 1, notApplicable: 1, unanswered: 9 },
		]);
	});
});
