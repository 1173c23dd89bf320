import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareItems, emptyState, mergeStates, parseState, progress, replacedCount, stateToCsv, stateToJson, storageKey, type CsvWords } from '../../../src/lib/state/checklist-io.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { checklistItemSchema } from '../../../src/schemas/checklist.ts';
import { checklistStateFormat, checklistStateSchema, checklistStateFormatV1, checklistStateV1Schema as checklistStateSchemaV1, maxNoteLength, type ChecklistState } from '../../../src/schemas/checklist-state.ts';
import { checklistId } from '../../../src/schemas/common.ts';

/** A state in the 0.1.0 format (checklista@1), which the schema fixtures below test. */
const good = {
	format: checklistStateFormatV1,
	checklist: 'kommun-startar',
	saved: '2026-11-22T10:15:00.000Z',
	items: { '01': { done: true, note: 'Protokoll 2026-03-04, punkt 5.' }, '02': { done: false, note: '' } },
};
/** The same state as the current format holds it after the upgrade. */
const upgraded: ChecklistState = {
	...good, format: checklistStateFormat, version: '0.1.0',
	items: { '01': { ...good.items['01'], at: good.saved }, '02': { ...good.items['02'], at: good.saved } },
};
const goodFixtures: Record<string, unknown> = {
	'a full state': good,
	'an empty state': { ...good, items: {} },
	'a note at the longest length': { ...good, items: { '01': { done: false, note: 'x'.repeat(maxNoteLength) } } },
};
const badFixtures: Record<string, unknown> = {
	'an array': [good],
	'another format': { ...good, format: 'svensk-mikrofinansstandard/checklista@9' },
	'no format': { ...good, format: undefined },
	'an unknown field': { ...good, owner: 'me' },
	'a bad checklist ID': { ...good, checklist: 'Kommun Startar' },
	'a date that is not a date and time': { ...good, saved: '22 november' },
	'an item ID of three digits': { ...good, items: { '001': { done: true, note: '' } } },
	'"done" as a string': { ...good, items: { '01': { done: 'yes', note: '' } } },
	'a missing note': { ...good, items: { '01': { done: true } } },
	'an extra item field': { ...good, items: { '01': { done: true, note: '', by: 'x' } } },
	'a note that is too long': { ...good, items: { '01': { done: true, note: 'x'.repeat(maxNoteLength + 1) } } },
};
const items = [{ id: '01', text: 'Ordna en första kontakt, inom en vecka.' }, { id: '02', text: 'Skriv "avtal".' }, { id: '03', text: 'Tredje.' }];
const ids = items.map((i) => i.id);

describe('the 0.1.0 checklist state schema', () => {
	it.each(Object.entries(goodFixtures))('accepts %s', (_, data) => expect(checklistStateSchemaV1.safeParse(data).success).toBe(true));
	it.each(Object.entries(badFixtures))('rejects %s', (_, data) => expect(checklistStateSchemaV1.safeParse(data).success).toBe(false));

	it('uses the same ID patterns as the content schemas', () => {
		const samples = ['kommun-startar', 'bank', 'a1', 'Bank', 'kommun--startar', '-x', 'x-', 'å', '', '01', '1', '001', 'ab'];
		const stateWith = (checklist: string, item: string) => ({ ...good, checklist, items: { [item]: { done: false, note: '' } } });
		for (const s of samples) {
			expect(checklistStateSchemaV1.safeParse(stateWith(s, '01')).success, `checklist "${s}"`).toBe(checklistId.safeParse(s).success);
			expect(checklistStateSchemaV1.safeParse(stateWith('x', s)).success, `item "${s}"`).toBe(checklistItemSchema.shape.id.safeParse(s).success);
		}
	});
});

describe('checklist state import and export', () => {
	it('upgrades a 0.1.0 file, round-trips through JSON and keeps items the checklist no longer has', () => {
		const state = { ...good, items: { ...good.items, '99': { done: true, note: 'gammal punkt' } } };
		const result = parseState(JSON.stringify(state), 'kommun-startar');
		expect(result).toEqual({ ok: true, state: { ...upgraded, items: { ...upgraded.items, '99': { done: true, note: 'gammal punkt', at: good.saved } } } });
		expect(parseState(stateToJson(upgraded), 'kommun-startar')).toEqual({ ok: true, state: upgraded });
	});

	it('reads a real 0.1.0 export of the bank checklist', () => {
		const result = parseState(readFileSync(join(repoRoot, 'tests/fixtures/checklist/bank-0.1.0.json'), 'utf8'), 'bank');
		expect(result.ok && result.state.version).toBe('0.1.0');
		expect(result.ok && Object.keys(result.state.items)).toEqual(['01', '02', '03']);
	});

	it('merges item by item, counts what an import replaces, and finds changed and removed items', () => {
		const a: ChecklistState = { ...upgraded, items: { '01': { done: true, note: 'A', at: '2026-11-22T10:00:00Z' } } };
		const b: ChecklistState = { ...upgraded, items: { '01': { done: false, note: 'B', at: '2026-11-22T09:00:00Z' }, '02': { done: true, note: '', at: '2026-11-22T09:00:00Z' } } };
		expect(mergeStates(a, b).items).toEqual({ '01': a.items['01'], '02': b.items['02'] });
		expect(replacedCount(a, b)).toBe(1);
		expect(replacedCount(a, a)).toBe(0);
		const saved: ChecklistState = { ...upgraded, items: { '01': { done: true, note: '', text: 'Gammal text.', at: a.saved }, '02': { done: true, note: '', text: items[1].text, at: a.saved }, '77': { done: false, note: 'kvar', text: 'Borta.', at: a.saved } } };
		expect(compareItems(saved, items)).toEqual({
			changed: [{ id: '01', oldText: 'Gammal text.', text: items[0].text }],
			removed: [{ id: '77', oldText: 'Borta.', done: false, note: 'kvar' }],
		});
	});

	it('says why a file cannot be imported', () => {
		expect(parseState('{"format": ', 'kommun-startar')).toMatchObject({ ok: false, problem: 'json' });
		expect(parseState(JSON.stringify({ ...upgraded, items: { '01': { done: 'yes', note: '', at: good.saved } } }), 'kommun-startar')).toEqual({ ok: false, problem: 'schema', detail: expect.stringMatching(/^items\.01\.done: /) });
		expect(parseState(JSON.stringify({ ...good, checklist: 'bank' }), 'kommun-startar')).toEqual({ ok: false, problem: 'checklist', detail: 'bank' });
	});

	it('starts empty and counts progress over the checklist’s items', () => {
		const empty = emptyState('bank', '0.1.0', new Date('2026-01-02T03:04:05Z'));
		expect(empty).toEqual({ format: checklistStateFormat, checklist: 'bank', version: '0.1.0', saved: '2026-01-02T03:04:05.000Z', items: {} });
		expect(checklistStateSchema.safeParse(empty).success).toBe(true);
		expect(progress(empty, ids)).toEqual({ done: 0, total: 3 });
		expect(progress(upgraded, ids)).toEqual({ done: 1, total: 3 });
		expect(storageKey('bank', '0.2.0')).toBe('smf-checklist:bank:0.2.0');
	});

	it('writes CSV with one row per item in checklist order', () => {
		const words: CsvWords = { headers: ['ID', 'Punkt', 'Klar', 'Anteckning'], yes: 'ja', no: 'nej' };
		const csv = stateToCsv({ ...upgraded, items: { ...upgraded.items, '03': { done: false, note: 'rad ett\nrad två', at: good.saved } } }, items, words);
		expect(csv).toBe(
			'\uFEFFID,Punkt,Klar,Anteckning\r\n' +
				'01,"Ordna en första kontakt, inom en vecka.",ja,"Protokoll 2026-03-04, punkt 5."\r\n' +
				'02,"Skriv ""avtal"".",nej,\r\n' +
				'03,Tredje.,nej,"rad ett\nrad två"\r\n',
		);
	});
});
