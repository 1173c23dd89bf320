import { describe, expect, it } from 'vitest';
import { emptyState, parseState, progress, stateToCsv, stateToJson, storageKey, type CsvWords } from '../../../src/lib/checklist-io.ts';
import { checklistItemSchema } from '../../../src/schemas/checklist.ts';
import { checklistStateFormat, checklistStateSchema, maxNoteLength, type ChecklistState } from '../../../src/schemas/checklist-state.ts';
import { checklistId } from '../../../src/schemas/common.ts';

const good: ChecklistState = {
	format: checklistStateFormat,
	checklist: 'kommun-startar',
	saved: '2026-11-22T10:15:00.000Z',
	items: { '01': { done: true, note: 'Protokoll 2026-03-04, punkt 5.' }, '02': { done: false, note: '' } },
};
const goodFixtures: Record<string, unknown> = {
	'a full state': good,
	'an empty state': { ...good, items: {} },
	'a note at the longest length': { ...good, items: { '01': { done: false, note: 'x'.repeat(maxNoteLength) } } },
};
const badFixtures: Record<string, unknown> = {
	'an array': [good],
	'another format': { ...good, format: 'svensk-mikrofinansstandard/checklista@2' },
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

describe('the checklist state schema', () => {
	it.each(Object.entries(goodFixtures))('accepts %s', (_, data) => expect(checklistStateSchema.safeParse(data).success).toBe(true));
	it.each(Object.entries(badFixtures))('rejects %s', (_, data) => expect(checklistStateSchema.safeParse(data).success).toBe(false));

	it('uses the same ID patterns as the content schemas', () => {
		const samples = ['kommun-startar', 'bank', 'a1', 'Bank', 'kommun--startar', '-x', 'x-', 'å', '', '01', '1', '001', 'ab'];
		const stateWith = (checklist: string, item: string) => ({ ...good, checklist, items: { [item]: { done: false, note: '' } } });
		for (const s of samples) {
			expect(checklistStateSchema.safeParse(stateWith(s, '01')).success, `checklist "${s}"`).toBe(checklistId.safeParse(s).success);
			expect(checklistStateSchema.safeParse(stateWith('x', s)).success, `item "${s}"`).toBe(checklistItemSchema.shape.id.safeParse(s).success);
		}
	});
});

describe('checklist state import and export', () => {
	it('round-trips through JSON and keeps only items the checklist has', () => {
		const state = { ...good, items: { ...good.items, '99': { done: true, note: 'gammal punkt' } } };
		const result = parseState(stateToJson(state), 'kommun-startar', ids);
		expect(result).toEqual({ ok: true, state: good });
	});

	it('says why a file cannot be imported', () => {
		expect(parseState('{"format": ', 'kommun-startar', ids)).toMatchObject({ ok: false, problem: 'json' });
		expect(parseState(JSON.stringify(badFixtures['"done" as a string']), 'kommun-startar', ids)).toEqual({ ok: false, problem: 'schema', detail: expect.stringMatching(/^items\.01\.done: /) });
		expect(parseState(JSON.stringify({ ...good, checklist: 'bank' }), 'kommun-startar', ids)).toEqual({ ok: false, problem: 'checklist', detail: 'bank' });
	});

	it('starts empty and counts progress over the checklist’s items', () => {
		const empty = emptyState('bank', new Date('2026-01-02T03:04:05Z'));
		expect(empty).toEqual({ format: checklistStateFormat, checklist: 'bank', saved: '2026-01-02T03:04:05.000Z', items: {} });
		expect(checklistStateSchema.safeParse(empty).success).toBe(true);
		expect(progress(empty, ids)).toEqual({ done: 0, total: 3 });
		expect(progress(good, ids)).toEqual({ done: 1, total: 3 });
		expect(storageKey('bank')).toBe('smf-checklist:bank');
	});

	it('writes CSV with one row per item in checklist order', () => {
		const words: CsvWords = { headers: ['ID', 'Punkt', 'Klar', 'Anteckning'], yes: 'ja', no: 'nej' };
		const csv = stateToCsv({ ...good, items: { ...good.items, '03': { done: false, note: 'rad ett\nrad två' } } }, items, words);
		expect(csv).toBe(
			'\uFEFFID,Punkt,Klar,Anteckning\r\n' +
				'01,"Ordna en första kontakt, inom en vecka.",ja,"Protokoll 2026-03-04, punkt 5."\r\n' +
				'02,"Skriv ""avtal"".",nej,\r\n' +
				'03,Tredje.,nej,"rad ett\nrad två"\r\n',
		);
	});
});
