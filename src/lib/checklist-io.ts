/**
 * Reading and writing a reader's checklist state (schemas/checklist-state.ts): the storage key, progress, the JSON and
 * CSV exports and a safe import that never half-applies a bad file. Pure, for the client script and the tests.
 */
import { checklistStateFormat, checklistStateSchema, type ChecklistState } from '../schemas/checklist-state.ts';
import { toCsv } from './csv.ts';

/** The localStorage key of a checklist's state. */
export const storageKey = (checklistId: string): string => `smf-checklist:${checklistId}`;

/** A state with nothing ticked and no notes. */
export const emptyState = (checklistId: string, now = new Date()): ChecklistState => ({
	format: checklistStateFormat,
	checklist: checklistId,
	saved: now.toISOString(),
	items: {},
});

/** How many of the given items are done. */
export function progress(state: ChecklistState, itemIds: string[]): { done: number; total: number } {
	return { done: itemIds.filter((id) => state.items[id]?.done).length, total: itemIds.length };
}

/** Why a file could not be imported: not JSON, not the right shape, or another checklist's state. */
export type ImportProblem = 'json' | 'schema' | 'checklist';

/** A parsed state, or the problem with a detail to show (the first schema issue, or the other checklist's ID). */
export type ImportResult = { ok: true; state: ChecklistState } | { ok: false; problem: ImportProblem; detail: string };

/** Parses a saved or exported state for this checklist; items the checklist no longer has are dropped. */
export function parseState(text: string, checklistId: string, itemIds: string[]): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, problem: 'json', detail: (e as Error).message };
	}
	const result = checklistStateSchema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0];
		return { ok: false, problem: 'schema', detail: [issue.path.join('.'), issue.message].filter(Boolean).join(': ') };
	}
	if (result.data.checklist !== checklistId) return { ok: false, problem: 'checklist', detail: result.data.checklist };
	const items = Object.fromEntries(Object.entries(result.data.items).filter(([id]) => itemIds.includes(id)));
	return { ok: true, state: { ...result.data, items } };
}

/** The state as a JSON file. */
export const stateToJson = (state: ChecklistState): string => JSON.stringify(state, null, 2) + '\n';

/** Column headings and the words for a ticked and an unticked item, in the page's language. */
export interface CsvWords {
	headers: [id: string, item: string, done: string, note: string];
	yes: string;
	no: string;
}

/** The checklist with the reader's ticks and notes as CSV, one row per item in checklist order. */
export function stateToCsv(state: ChecklistState, items: { id: string; text: string }[], words: CsvWords): string {
	return toCsv([words.headers, ...items.map(({ id, text }) => [id, text, state.items[id]?.done ? words.yes : words.no, state.items[id]?.note ?? ''])]);
}
