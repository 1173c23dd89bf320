import { describe, expect, it } from 'vitest';
import { assessmentKey, assessmentToCsv, compareWithCurrent, emptyAssessment, fromFragment, mergeAssessments, parseAssessment, replacedCount, toFragment, withOldTexts } from '../../../src/lib/state/assessment-io.ts';
import { mergeItems, openStore, unreadableKey } from '../../../src/lib/state/state-store.ts';
import { type Assessment } from '../../../src/schemas/assessment.ts';
import { assessmentJsonSchema } from '../../../src/schemas/assessment-json-schema.ts';
import Ajv from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/fixtures.ts';

const t = (s: number) => new Date(Date.UTC(2026, 10, 1, 12, 0, s)).toISOString();
const base = (): Assessment => ({ ...emptyAssessment('bank', '0.1.0', '2026-11-22', new Date(t(0))), organisation: 'Banken AB' });

/** A Storage in memory (the real one runs in the browser tests). */
class MemoryStorage {
	map = new Map<string, string>();
	get length() { return this.map.size; }
	clear() { this.map.clear(); }
	getItem(k: string) { return this.map.get(k) ?? null; }
	key(i: number) { return [...this.map.keys()][i] ?? null; }
	removeItem(k: string) { this.map.delete(k); }
	setItem(k: string, v: string) { this.map.set(k, v); }
}

describe('merging', () => {
	it('keeps every item of both and the later of two edits to one item', () => {
		expect(mergeItems({ a: { at: t(1), v: 1 }, b: { at: t(5), v: 1 } }, { b: { at: t(3), v: 2 }, c: { at: t(2), v: 2 } })).toEqual({ a: { at: t(1), v: 1 }, b: { at: t(5), v: 1 }, c: { at: t(2), v: 2 } });
	});

	it('merges two tabs editing different answers instead of overwriting', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		const key = assessmentKey('bank', '0.1.0');
		const open = () => openStore({ key, storage, parse: (x) => { const r = parseAssessment(x); return r.ok ? r.assessment : undefined; }, merge: mergeAssessments, serialise: JSON.stringify, empty: base, onExternal: () => {} });
		const tabA = open();
		const tabB = open();
		tabB.save({ ...tabB.state, answers: { 'S16.1': { status: 'uppfyllt', at: t(2) } } });
		tabA.save({ ...tabA.state, answers: { 'S16.2': { status: 'delvis', at: t(3) } } });
		expect(Object.keys(open().state.answers).sort()).toEqual(['S16.1', 'S16.2']);
	});

	it('keeps stored state that fails its schema, under a key of its own', () => {
		const storage = new MemoryStorage() as unknown as Storage;
		storage.setItem('k', '{"format":"svensk-mikrofinansstandard/sjalvvardering@2"}');
		const store = openStore({ key: 'k', storage, parse: (x) => { const r = parseAssessment(x); return r.ok ? r.assessment : undefined; }, merge: mergeAssessments, serialise: JSON.stringify, empty: base, onExternal: () => {} });
		expect(store.unreadable).toContain('@2');
		store.save(base());
		expect(storage.getItem(unreadableKey('k'))).toContain('@2');
	});
});

describe('files', () => {
	it('counts the answers an import would replace', () => {
		const here = { ...base(), answers: { 'S16.1': { status: 'uppfyllt' as const, at: t(1) }, 'S16.2': { status: 'delvis' as const, at: t(1) } } };
		const file = { ...base(), answers: { 'S16.1': { status: 'uppfyllt' as const, at: t(4) } } };
		expect(replacedCount(here, file)).toBe(1);
		expect(replacedCount(base(), file)).toBe(0);
	});

	it('writes CSV for Swedish Excel with formula-safe cells', () => {
		const a = { ...base(), answers: { 'S16.1': { status: 'ej-uppfyllt' as const, evidence: '=HYPERLINK("x")', at: t(1) } } };
		const csv = assessmentToCsv(a, [{ id: 'S16.1', level: 'ska', text: 'Krav; med semikolon' }], { headers: ['ID', 'Nivå', 'Krav', 'Status', 'Skäl', 'Belägg', 'Ansvarig', 'Kontrollerat'], statuses: { 'ej-uppfyllt': 'Ej uppfyllt' } });
		expect(csv.startsWith('\uFEFFID;Nivå;Krav;Status')).toBe(true);
		expect(csv).toContain('S16.1;ska;"Krav; med semikolon";Ej uppfyllt;;"\'=HYPERLINK(""x"")"');
	});

	it('round-trips through a share link fragment', async () => {
		const a = { ...base(), answers: { 'S16.1': { status: 'uppfyllt' as const, evidence: 'Policy, s. 4 – åäö', at: t(1) } } };
		const fragment = await toFragment(a);
		expect(fragment).toMatch(/^d=[A-Za-z0-9_-]+$/);
		expect(await fromFragment(`#${fragment}`)).toEqual({ ok: true, assessment: a });
		expect((await fromFragment('#d=nonsense')).ok).toBe(false);
	});

	it('is described by the published JSON Schema', () => {
		const validate = new Ajv({ strict: false }).compile(assessmentJsonSchema('https://example.org/sjalvvardering.schema.json'));
		const a = { ...base(), answers: { 'S16.1': { status: 'ej-tillampligt', reason: 'Ingen.', at: t(1) } } };
		expect(validate(a)).toBe(true);
		expect(validate({ ...a, answers: { 'S16.1': { status: 'kanske', at: t(1) } } })).toBe(false);
		// A real export, made by the page on 0.1.0.
		const real = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/assessment/sjalvvardering-0.1.0.json'), 'utf8'));
		expect(validate(real), JSON.stringify(validate.errors)).toBe(true);
		expect(parseAssessment(JSON.stringify(real)).ok).toBe(true);
	});
});

describe('compareWithCurrent', () => {
	it('keeps unchanged answers and lists changed, removed and added requirements', () => {
		const a = { ...base(), answers: {
			'S01.1': { status: 'uppfyllt' as const, level: 'ska' as const, text: 'Samma.', at: t(1) },
			'S01.2': { status: 'delvis' as const, level: 'bör' as const, text: 'Gammal text.', at: t(1) },
			'S01.9': { status: 'uppfyllt' as const, text: 'Borttaget.', at: t(1) },
		} };
		const current = [{ id: 'S01.1', level: 'ska' as const, text: 'Samma.' }, { id: 'S01.2', level: 'ska' as const, text: 'Ny text.' }, { id: 'S01.3', level: 'ska' as const, text: 'Nytt.' }];
		expect(compareWithCurrent(a, current, '0.2.0')).toEqual({
			kept: ['S01.1'],
			changed: [{ id: 'S01.2', oldLevel: 'bör', oldText: 'Gammal text.', level: 'ska', text: 'Ny text.' }],
			removed: [{ id: 'S01.9', oldText: 'Borttaget.' }],
			added: ['S01.3'],
		});
		expect(compareWithCurrent(a, current, '0.1.0').added).toEqual([]);
	});
});

describe('an assessment from an earlier version, with that version’s snapshot', () => {
	it('gives unrecorded answers the old texts, so a changed requirement is found, and counts only new ones as added', () => {
		const a = { ...base(), version: '0.1.0', answers: { 'S01.1': { status: 'uppfyllt' as const, at: t(1) }, 'S01.2': { status: 'delvis' as const, at: t(1) } } };
		const old = { requirements: { 'S01.1': { level: 'ska' as const, text: 'Samma.' }, 'S01.2': { level: 'ska' as const, text: 'Gammal.' } } };
		const current = [{ id: 'S01.1', level: 'ska' as const, text: 'Samma.' }, { id: 'S01.2', level: 'ska' as const, text: 'Ny.' }, { id: 'S01.3', level: 'bör' as const, text: 'Nytt.' }];
		const c = compareWithCurrent(withOldTexts(a, old), current, '0.2.0', old);
		expect(c.kept).toEqual(['S01.1']);
		expect(c.changed.map((x) => x.id)).toEqual(['S01.2']);
		expect(c.added).toEqual(['S01.3']);
	});
});
