/**
 * Checks on the real standard that are about its completeness and honesty rather than its consistency (the validator
 * covers that): what the issue asked the standard to contain, no placeholder text, Danish law kept Danish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandard } from '../../src/lib/content/load-standard.ts';
import { accessibilityAreas } from '../../src/schemas/accessibility.ts';
import { figureMismatches, unmarkedDanishLaw, weekSpanMismatches } from '../support/content-checks.ts';
import { minimalStandard, repoRoot } from '../support/fixtures.ts';

const { standard, problems } = loadStandard(repoRoot);
const ids = (name: keyof typeof standard.entries) => standard.entries[name].sv.map((e) => e.data.id as string);
const text = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

describe('the real standard', () => {
	it('loads without problems', () => {
		expect(problems).toEqual([]);
	});

	it('has the four key actors and the supporting roles the sources describe', () => {
		expect(ids('roles')).toEqual(expect.arrayContaining(['bank', 'entreprenor', 'offentlig-aktor', 'social-organisation', 'mikrolansteam', 'utvecklingsfunktion', 'juridiskt-stod', 'mentor', 'mikrofond']));
	});

	it('has at least ten principles and accessibility items in all four areas, each used by a step', () => {
		expect(ids('principles').length).toBeGreaterThanOrEqual(10);
		const areas = new Set(standard.entries.accessibility.sv.map((a) => a.data.area));
		expect([...areas].sort()).toEqual([...accessibilityAreas].sort());
		const used = new Set(standard.entries.steps.sv.flatMap((s) => s.data.accessibility));
		expect(ids('accessibility').filter((id) => !used.has(id))).toEqual([]);
	});

	it('follows the process from organising the partnership to follow-up, with the week timeline on the steps', () => {
		expect(ids('phases').length).toBeGreaterThanOrEqual(6);
		expect(standard.entries.steps.sv.length).toBeGreaterThanOrEqual(20);
		expect(standard.entries.steps.sv.filter((s) => !s.data.weeks).map((s) => s.data.id)).toEqual([]);
	});

	it('has the checklists the issue asks for: a municipality starting up, an accessible meeting, one per key role', () => {
		expect(ids('checklists')).toEqual(expect.arrayContaining(['kommun-startar', 'tillgangligt-mote', 'bank', 'entreprenor', 'offentlig-aktor', 'social-organisation']));
		const startUp = standard.entries.checklists.sv.find((c) => c.data.id === 'kommun-startar')!;
		expect(startUp.data.items.every((item: { weeks?: unknown }) => item.weeks)).toBe(true);
	});

	it('explains the terms a new reader stumbles on', () => {
		expect(ids('glossary')).toEqual(
			expect.arrayContaining(['mikrokredit', 'mikrolan', 'mikrofond', 'kreditgaranti', 'forlagsinsats', 'socialt-foretag', 'ekonomisk-forening', 'mikroforetag', 'egenmakt']),
		);
	});

	it('has an accessibility statement and the about pages in both languages', () => {
		for (const page of ['om-standarden.mdx', 'lasanvisning.mdx', 'historik.mdx', 'tillganglighetsredogorelse.mdx']) {
			expect(standard.docs.sv).toContain(page);
			expect(standard.docs.en).toContain(page);
		}
	});
});

describe('the text of the standard', () => {
	const files = standard.files.filter((f) => /\.(mdx?|ya?ml|json)$/.test(f));

	it('has no placeholder text', () => {
		const hits = files.flatMap((f) => (/\b(TODO|FIXME|TBD|lorem ipsum|placeholder|platshållare)\b/i.test(text(f)) ? [f] : []));
		expect(hits).toEqual([]);
	});

	const texts = files.map((file) => ({ file, text: text(file) }));

	it('mentions Danish law only as Danish experience', () => {
		expect(unmarkedDanishLaw(texts)).toEqual([]);
	});

	it('states NEEM\'s Mikroföretagslån ceiling the same way wherever it is mentioned', () => {
		expect(figureMismatches(texts, /mikroföretagslån/i, 250_000)).toEqual([]);
	});

	it('gives each phase the week span its steps cover', () => {
		expect(weekSpanMismatches(standard)).toEqual([]);
	});
});

describe('the text checks find the mistakes they are for', () => {
	it('finds a Danish legal term in a paragraph that does not say it is Danish', () => {
		const broken = [
			{ file: 'content/steps/sv/s18.md', text: 'Deltagarna fick kontanthjälp i sex månader enligt § 65.\n\nI de danska försöken gällde dansk lag, § 65.' },
			{ file: 'content/glossary/en/x.yaml', text: 'id: x\ndefinition: People on an early-retirement pension keep it.\nsources: [sus-handbog]' },
		];
		expect(unmarkedDanishLaw(broken)).toEqual([
			'content/steps/sv/s18.md: Deltagarna fick kontanthjälp i sex månader enligt § 65.',
			'content/glossary/en/x.yaml: definition: People on an early-retirement pension keep it.',
		]);
	});

	it('finds a paragraph that gives the loan ceiling as another figure', () => {
		const broken = [
			{ file: 'a.md', text: 'NEEM:s Mikroföretagslån gav upp till 200 000 kronor.\n\nMikroföretagslån på upp till 250 000 kronor.' },
			{ file: 'b.md', text: 'Mikroföretagslån of up to 1,250,000 kronor.\n\nMikroföretagslån of up to 250,000 kronor.' },
		];
		expect(figureMismatches(broken, /mikroföretagslån/i, 250_000)).toEqual(['a.md: NEEM:s Mikroföretagslån gav upp till 200 000 kronor.', 'b.md: Mikroföretagslån of up to 1,250,000 kronor.']);
	});

	it('finds a phase summary whose weeks differ from its steps', () => {
		const broken = minimalStandard();
		const phase = broken.entries.phases.sv.find((p) => broken.entries.steps.sv.some((s) => s.data.phase === p.data.id && s.data.weeks))!;
		const steps = broken.entries.steps.sv.filter((s) => s.data.phase === phase.data.id && s.data.weeks);
		const { from } = steps[0].data.weeks!;
		for (const s of steps) s.data.weeks = { from, to: from + 4 };
		phase.data.summary = `Något händer (vecka ${from}–${from + 4}).`;
		expect(weekSpanMismatches(broken)).toEqual([]);
		phase.data.summary = `Något händer (vecka ${from}–${from + 10}).`;
		expect(weekSpanMismatches(broken)).toEqual([`${phase.file}: summary says weeks ${from}–${from + 10}, its steps cover ${from}–${from + 4}`]);
	});
});
