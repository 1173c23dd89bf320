/**
 * Reading and writing a reader's checklist state (schemas/checklist-state.ts): the storage key (by checklist and
 * version), merging, progress, the JSON and CSV exports, a safe import that never half-applies a bad file (and
 * upgrades a 0.1.0 file), and how saved items compare with the current checklist. Pure, for the client script and the tests.
 */
import { checklistStateFormat, checklistStateSchema, checklistStateV1Schema, type ChecklistItemState, type ChecklistState } from '../../schemas/checklist-state.ts';
import { toCsv } from '../model/csv.ts';
import { mergeItems } from './state-store.ts';

/** The localStorage key of a checklist's state in one version of the standard ("smf-checklist:bank:0.2.0"). */
export const storageKey = (checklistId: string, version?: string): string => `smf-checklist:${checklistId}${version ? `:${version}` : ''}`;

/** A state with nothing ticked and no notes. */
export const emptyState = (checklistId: string, version: string, now = new Date()): ChecklistState => ({
	format: checklistStateFormat,
	checklist: checklistId,
	version,
	saved: now.toISOString(),
	items: {},
});

/** Merges two states of one checklist item by item, the later change winning. */
export const mergeStates = (a: ChecklistState, b: ChecklistState): ChecklistState => ({ ...a, saved: a.saved > b.saved ? a.saved : b.saved, items: mergeItems(a.items, b.items) });

/** How many of the given items are done. */
export function progress(state: ChecklistState, itemIds: string[]): { done: number; total: number } {
	return { done: itemIds.filter((id) => state.items[id]?.done).length, total: itemIds.length };
}

/** Why a file could not be imported: not JSON, not the right shape, or another checklist's state. */
export type ImportProblem = 'json' | 'schema' | 'checklist';

/** A parsed state, or the problem with a detail to show (the first schema issue, or the other checklist's ID). */
export type ImportResult = { ok: true; state: ChecklistState } | { ok: false; problem: ImportProblem; detail: string };

/**
 * Parses a saved or exported state for this checklist. Items the checklist no longer has are kept. A 0.1.0 file
 * (checklista@1) is upgraded: version 0.1.0, every item stamped with the file's `saved` time.
 */
export function parseState(text: string, checklistId: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, problem: 'json', detail: (e as Error).message };
	}
	const old = checklistStateV1Schema.safeParse(data);
	const result = old.success
		? ({ success: true, data: { ...old.data, format: checklistStateFormat, version: '0.1.0', items: Object.fromEntries(Object.entries(old.data.items).map(([id, s]) => [id, { ...s, at: old.data.saved }])) } } as const)
		: checklistStateSchema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0];
		return { ok: false, problem: 'schema', detail: [issue.path.join('.'), issue.message].filter(Boolean).join(': ') };
	}
	if (result.data.checklist !== checklistId) return { ok: false, problem: 'checklist', detail: result.data.checklist };
	return { ok: true, state: result.data };
}

/** The state as a JSON file. */
export const stateToJson = (state: ChecklistState): string => JSON.stringify(state, null, 2) + '\n';

const hasContent = (s: ChecklistItemState | undefined) => !!s && (s.done || s.note !== '');

/** How many ticked or noted items an import would change. */
export const replacedCount = (current: ChecklistState, incoming: ChecklistState): number =>
	Object.entries(current.items).filter(([id, s]) => hasContent(s) && (incoming.items[id]?.done !== s.done || incoming.items[id]?.note !== s.note)).length;

/** Saved items against the current checklist: changed ones (another text now) and ones the checklist no longer has. */
export function compareItems(state: ChecklistState, items: { id: string; text: string }[]) {
	const byId = new Map(items.map((i) => [i.id, i.text]));
	const entries = Object.entries(state.items).filter(([, s]) => hasContent(s));
	return {
		changed: entries.filter(([id, s]) => byId.has(id) && s.text !== undefined && s.text !== byId.get(id)).map(([id, s]) => ({ id, oldText: s.text!, text: byId.get(id)! })),
		removed: entries.filter(([id]) => !byId.has(id)).map(([id, s]) => ({ id, oldText: s.text ?? '', done: s.done, note: s.note })),
	};
}

/** Column headings and the words for a ticked and an unticked item, in the page's language. */
export interface CsvWords {
	headers: [id: string, item: string, done: string, note: string];
	yes: string;
	no: string;
}

/** The checklist with the reader's ticks and notes as CSV, one row per item in checklist order. */
export function stateToCsv(state: ChecklistState, items: { id: string; text: string }[], words: CsvWords, separator: ',' | ';' = ','): string {
	return toCsv([words.headers, ...items.map(({ id, text }) => [id, text, state.items[id]?.done ? words.yes : words.no, state.items[id]?.note ?? ''])], separator);
}
