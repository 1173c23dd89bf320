/**
 * The interactive checklist (/checklistor/<id>/): ticks and notes saved in localStorage under the checklist's ID,
 * a progress bar, reset, export as CSV and JSON, import of a JSON export (validated with schemas/checklist-state.ts)
 * and print. The controls are in the page but hidden; this script shows them, so without JavaScript the checklist
 * stays a plain printable list. Nothing is sent anywhere.
 */
import { emptyState, parseState, progress, stateToCsv, stateToJson, storageKey, type CsvWords } from '../lib/checklist-io.ts';
import { fill } from '../lib/template.ts';
import type { ChecklistState } from '../schemas/checklist-state.ts';

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) {
	const id = root.dataset.checklist!;
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

	const load = (): ChecklistState => {
		try {
			const saved = localStorage.getItem(storageKey(id));
			const result = saved ? parseState(saved, id, ids) : undefined;
			if (result?.ok) return result.state;
		} catch {}
		return emptyState(id);
	};
	let state = load();

	const save = () => {
		state.saved = new Date().toISOString();
		try {
			localStorage.setItem(storageKey(id), stateToJson(state));
		} catch {
			alert.textContent = text.storageFailed;
		}
	};
	const render = () => {
		for (const item of items) {
			const s = state.items[item.id];
			item.box.checked = s?.done ?? false;
			item.note.value = s?.note ?? '';
			item.el.toggleAttribute('data-done', item.box.checked);
			item.el.toggleAttribute('data-noted', item.note.value !== '');
		}
		const p = progress(state, ids);
		bar.max = p.total;
		bar.value = p.done;
		$('[data-progress-text]').textContent = fill(text.progress, p);
	};
	const tell = (message: string, problem = false) => {
		alert.textContent = problem ? message : '';
		status.textContent = problem ? '' : message;
	};
	const download = (name: string, type: string, content: string) => {
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([content], { type }));
		link.download = name;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
	};

	for (const item of items) {
		const update = () => {
			state.items[item.id] = { done: item.box.checked, note: item.note.value };
			save();
			render();
		};
		item.box.addEventListener('change', update);
		item.note.addEventListener('input', update);
	}
	const words: CsvWords = { headers: [text.csvId, text.csvItem, text.csvDone, text.csvNote], yes: text.yes, no: text.no };
	const actions: Record<string, () => void> = {
		print: () => window.print(),
		csv: () => download(`${id}.csv`, 'text/csv;charset=utf-8', stateToCsv(state, items, words)),
		json: () => download(`${id}.json`, 'application/json', stateToJson(state)),
		reset: () => {
			if (!window.confirm(text.resetConfirm)) return;
			state = emptyState(id);
			save();
			render();
			tell(text.resetDone);
		},
	};
	root.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action;
		if (action) actions[action]?.();
	});
	const file = $<HTMLInputElement>('input[type=file]');
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		file.value = '';
		if (!chosen) return;
		const result = parseState(await chosen.text(), id, ids);
		if (!result.ok) return tell(fill(text[`error_${result.problem}`], { detail: result.detail, file: chosen.name }), true);
		state = result.state;
		save();
		render();
		tell(fill(text.imported, { file: chosen.name }));
	});

	render();
	for (const el of root.querySelectorAll<HTMLElement>('[data-enhance]')) el.hidden = false;
}
