/**
 * The interactive checklist (/checklistor/<id>/): ticks and notes saved in localStorage by checklist and version
 * (lib/state/state-store.ts: merged item by item, across tabs, unreadable state kept), a progress bar, reset and import
 * that ask first and can be undone, export as CSV and JSON, items from an earlier version shown, and print. The
 * controls are in the page but hidden; this script shows them, so without JavaScript the checklist stays a plain
 * printable list. Nothing is sent anywhere.
 */
import { compareItems, emptyState, mergeStates, parseState, progress, replacedCount, stateToCsv, stateToJson, storageKey, type CsvWords } from '../lib/state/checklist-io.ts';
import { openStore } from '../lib/state/state-store.ts';
import { fill } from '../lib/site/template.ts';
import { download, onActions, onFileChosen } from './controls.ts';
import type { ChecklistState } from '../schemas/checklist-state.ts';

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) {
	const id = root.dataset.checklist!;
	const version = root.dataset.version!;
	const text = JSON.parse(root.dataset.strings!) as Record<string, string>;
	const items = [...root.querySelectorAll<HTMLElement>('[data-item]')].map((el) => ({
		id: el.dataset.item!,
		el,
		text: el.querySelector('label')?.textContent?.trim() ?? '',
		box: el.querySelector<HTMLInputElement>('input[type=checkbox]')!,
		note: el.querySelector<HTMLTextAreaElement>('textarea')!,
	}));
	const ids = items.map((i) => i.id);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const bar = $<HTMLProgressElement>('progress');
	const alert = $('[data-alert]');
	const status = $('[data-status]');
	const undoButton = $<HTMLButtonElement>('button[data-action=undo]');
	const parse = (raw: string) => { const r = parseState(raw, id); return r.ok ? r.state : undefined; };
	/** Work saved on another version, carried over when this version has none yet. */
	let carried: ChecklistState | undefined;
	/** Gives items saved without their text (0.1.0 did not keep it) the text of the version they were saved on. */
	const withOldTexts = async (state: ChecklistState): Promise<ChecklistState> => {
		if (state.version === version) return state;
		let texts: Record<string, string> | undefined;
		try {
			const response = await fetch(`${root.dataset.snapshots}${encodeURIComponent(state.version)}.json`);
			if (response.ok) texts = ((await response.json()) as { checklists?: Record<string, Record<string, string>> }).checklists?.[id];
		} catch {}
		const old = texts;
		if (!old) return state;
		return { ...state, items: Object.fromEntries(Object.entries(state.items).map(([i, s]) => [i, { ...s, text: s.text ?? old[i] }])) };
	};

	const store = openStore<ChecklistState>({
		key: storageKey(id, version),
		parse,
		merge: mergeStates,
		serialise: stateToJson,
		empty: () => {
			// Nothing saved for this version yet: carry over what an earlier version (or 0.1.0, unversioned) saved.
			const earlier = Object.keys(localStorage).filter((k) => k === storageKey(id) || k.startsWith(`${storageKey(id)}:`)).sort().reverse();
			for (const key of earlier) {
				const state = parse(localStorage.getItem(key) ?? '');
				if (state) {
					carried = state;
					return { ...state, version };
				}
			}
			return emptyState(id, version);
		},
		onExternal: () => render(true),
	});
	let undo: ChecklistState | undefined;

	const save = (state: ChecklistState) => {
		state.saved = new Date().toISOString();
		if (!store.save(state)) alert.textContent = text.storageFailed;
	};
	const earlierList = $('[data-earlier-list]');
	const render = (spareFocused = false) => {
		const state = store.state;
		const { changed, removed } = compareItems(state, items);
		for (const item of items) {
			const s = state.items[item.id];
			item.box.checked = s?.done ?? false;
			if (!spareFocused || document.activeElement !== item.note) item.note.value = s?.note ?? '';
			item.el.toggleAttribute('data-done', item.box.checked);
			item.el.toggleAttribute('data-noted', item.note.value !== '');
			item.el.toggleAttribute('data-reassess', changed.some((c) => c.id === item.id));
		}
		const line = (t: string) => { const li = document.createElement('li'); li.textContent = t; return li; };
		earlierList.replaceChildren(
			...changed.map((c) => line(fill(text.changed, { id: c.id, old: c.oldText, now: c.text }))),
			...removed.map((r) => line(fill(text.removed, { id: r.id, old: r.oldText, done: r.done ? text.yes : text.no, note: r.note }))),
		);
		$('[data-earlier]').hidden = changed.length + removed.length === 0;
		const p = progress(state, ids);
		bar.max = p.total;
		bar.value = p.done;
		$('[data-progress-text]').textContent = fill(text.progress, p);
	};
	const tell = (message: string, problem = false) => {
		alert.textContent = problem ? message : '';
		status.textContent = problem ? '' : message;
	};
	/** Replaces the state (import, reset), keeping one level of undo; every item is stamped now so it wins the merge. */
	const replace = (next: ChecklistState, message: string) => {
		undo = structuredClone(store.state);
		const now = new Date().toISOString();
		const all = new Set([...Object.keys(store.state.items), ...Object.keys(next.items)]);
		store.state = { ...next, version, items: Object.fromEntries([...all].map((i) => [i, { ...(next.items[i] ?? { done: false, note: '' }), at: now }])) };
		save(store.state);
		undoButton.hidden = false;
		render();
		tell(message);
	};

	for (const item of items) {
		const update = () => {
			store.state.items[item.id] = { done: item.box.checked, note: item.note.value, text: item.text, at: new Date().toISOString() };
			save(store.state);
			render(true);
		};
		item.box.addEventListener('change', update);
		item.note.addEventListener('input', update);
	}
	const words: CsvWords = { headers: [text.csvId, text.csvItem, text.csvDone, text.csvNote], yes: text.yes, no: text.no };
	const actions: Record<string, () => void> = {
		print: () => window.print(),
		csv: () => download(`${id}.csv`, 'text/csv;charset=utf-8', stateToCsv(store.state, items, words)),
		json: () => download(`${id}.json`, 'application/json', stateToJson(store.state)),
		unreadable: () => download(`${id}-ej-last.json`, 'application/json', store.unreadable ?? ''),
		reset: () => {
			if (window.confirm(text.resetConfirm)) replace(emptyState(id, version), text.resetDone);
		},
		undo: () => {
			if (!undo) return;
			const back = undo;
			replace(back, text.undone);
			undo = undefined;
			undoButton.hidden = true;
		},
	};
	onActions(root, actions);
	onFileChosen($<HTMLInputElement>('input[type=file]'), async (content, name) => {
		const result = parseState(content, id);
		if (!result.ok) return tell(fill(text[`error_${result.problem}`], { detail: result.detail, file: name }), true);
		const n = replacedCount(store.state, result.state);
		if (n > 0 && !window.confirm(fill(text.importConfirm, { count: n, file: name }))) return;
		replace(await withOldTexts(result.state), fill(text.imported, { file: name }));
	});

	render();
	if (carried) {
		store.state = { ...(await withOldTexts(carried)), version };
		render();
	}
	if (store.unreadable !== undefined) $('[data-unreadable]').hidden = false;
	for (const el of root.querySelectorAll<HTMLElement>('[data-enhance]')) el.hidden = false;
	root.dataset.ready = '';
}
