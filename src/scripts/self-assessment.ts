/**
 * The self-assessment's client script: answer forms per requirement, stored per scope and version (lib/state/state-store.ts:
 * merged per answer, across tabs), the live verdict and chart (lib/model/conformance.ts, by the rule in the page), files,
 * share link, undo of an import, and print. Nothing is sent anywhere.
 */
import { assessmentKey, assessmentToCsv, assessmentToJson, compareWithCurrent, emptyAssessment, fromFragment, mergeAssessments, parseAssessment, replacedCount, toFragment, withOldTexts, type OldVersion } from '../lib/state/assessment-io.ts';
import { partnershipScope, progressBy, verdict, type Rule } from '../lib/model/conformance.ts';
import { openStore, type Store } from '../lib/state/state-store.ts';
import { fill } from '../lib/site/template.ts';
import { download, onActions, onFileChosen } from './controls.ts';
import type { Assessment, AssessmentAnswer } from '../schemas/assessment-fields.ts';

const root = document.querySelector<HTMLElement>('[data-assessment]');
if (root) {
	const d = root.dataset;
	const stepPrinciples = JSON.parse(d.stepPrinciples!) as Record<string, string[]>;
	const text = JSON.parse(d.strings!) as Record<string, string>;
	const rule = JSON.parse(d.rule!) as Rule;
	const names = JSON.parse(d.names!) as { phases: Record<string, string>; principles: Record<string, string> };
	const version = d.version!;
	const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)!;
	const template = $<HTMLTemplateElement>('template[data-form]');
	const svgNs = 'http://www.w3.org/2000/svg';
	const dialog = $<HTMLDialogElement>('dialog');
	const scopeSelect = $<HTMLSelectElement>('[data-scope]');
	const org = $<HTMLInputElement>('[data-org]');
	const undoButton = $<HTMLButtonElement>('[data-action=undo]');

	const rows = [...root.querySelectorAll<HTMLElement>('[data-req]')].map((el) => {
		const id = el.dataset.req!;
		const form = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLFieldSetElement;
		const slug = id.replace('.', '-');
		form.querySelector('[data-legend]')!.textContent = id;
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
			input.name = `svar-${slug}`;
			input.id = `svar-${slug}-${input.value}`;
			input.parentElement!.setAttribute('for', input.id);
		}
		const fields: Record<string, HTMLInputElement | HTMLTextAreaElement> = {};
		for (const f of form.querySelectorAll<HTMLInputElement>('[data-field]')) {
			f.id = `svar-${slug}-${f.dataset.field}`;
			f.parentElement!.querySelector('label')!.htmlFor = f.id;
			fields[f.dataset.field!] = f;
		}
		const na = el.dataset.na !== undefined;
		if (!na) {
			form.querySelector('[data-status-option=ej-tillampligt]')!.remove();
			form.querySelector('[data-reason-wrap]')!.remove();
		}
		// The answer as printed in the report, after the form (made here: the page without JavaScript has no answers).
		const print = Object.assign(document.createElement('p'), { className: 'smf-assess__answer' });
		print.dataset.print = '';
		el.append(form, print);
		return {
			id, el, form, fields, na,
			// The level as the page shows it (components/Level.astro): its class says should or must, in either language.
			level: el.querySelector('.smf-level--should') ? 'bör' as const : 'ska' as const,
			text: el.querySelector('[data-text]')!.textContent!.trim(),
			roles: el.dataset.roles!.split(' '),
			phase: el.closest<HTMLElement>('section[data-phase]')!.dataset.phase!,
			principles: stepPrinciples[id.split('.')[0]] ?? [],
			print,
		};
	});

	let scope = new URLSearchParams(location.search).get('omfattning') ?? partnershipScope;
	let store!: Store<Assessment>;
	let undo: Assessment | undefined;
	const inScope = () => rows.filter((r) => scope === partnershipScope || r.roles.includes(scope));

	const tell = (message: string, problem = false) => {
		$('[data-alert]').textContent = problem ? message : '';
		$('[data-status]').textContent = problem ? '' : message;
	};
	const ask = (question: string): Promise<boolean> =>
		new Promise((resolve) => {
			$('[data-dialog-text]').textContent = question;
			dialog.returnValue = '';
			dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
			dialog.showModal();
		});
	const save = (a: Assessment) => {
		a.saved = new Date().toISOString();
		if (!store.save(a)) tell(text.storageFailed, true);
	};

	/** The snapshot of an earlier released version (undefined when the site has none, e.g. for an unreleased one). */
	const oldVersion = async (v: string): Promise<OldVersion | undefined> => {
		try {
			const response = await fetch(`${d.snapshots}${encodeURIComponent(v)}.json`);
			return response.ok ? ((await response.json()) as OldVersion) : undefined;
		} catch {
			return undefined;
		}
	};
	/** Work saved on another version of the standard, carried over when this version has none yet. */
	let carried: Assessment | undefined;
	const open = () => {
		carried = undefined;
		const prefix = assessmentKey(scope, '');
		store = openStore<Assessment>({
			key: assessmentKey(scope, version),
			parse: (raw) => { const r = parseAssessment(raw); return r.ok && r.assessment.scope === scope ? r.assessment : undefined; },
			merge: mergeAssessments,
			serialise: assessmentToJson,
			empty: () => {
				for (const key of Object.keys(localStorage).filter((k) => k.startsWith(prefix) && !k.endsWith(':ej-last')).sort().reverse()) {
					const r = parseAssessment(localStorage.getItem(key) ?? '');
					if (r.ok && r.assessment.scope === scope) {
						carried = r.assessment;
						return { ...r.assessment, version, versionDate: d.date! };
					}
				}
				return emptyAssessment(scope, version, d.date!);
			},
			onExternal: () => render(true),
		});
		const notice = $('[data-unreadable]');
		notice.hidden = store.unreadable === undefined;
		$('[data-unreadable-text]').textContent = text.unreadable;
	};

	/** Lists what changed since the version an assessment was made on (or answers to requirements no longer here). */
	const showVersions = async (saved: Assessment) => {
		const old = saved.version === version ? undefined : await oldVersion(saved.version);
		const a = old ? withOldTexts(saved, old) : saved;
		const current = inScope().map(({ id, level, text }) => ({ id, level, text }));
		const c = compareWithCurrent(a, current, version, old);
		const list = $('[data-versions-list]');
		list.replaceChildren();
		const item = (...parts: string[]) => { const li = document.createElement('li'); li.textContent = parts.join(' '); list.append(li); };
		for (const x of c.changed) item(x.id, text.reassess, `${text.changedOld} ${x.oldText}`, `${text.changedNew} ${x.text}`);
		for (const x of c.removed) item(x.id, text.fromEarlier, x.oldText ?? '');
		if (c.added.length) item(text.added, c.added.join(', '));
		$('[data-versions-text]').textContent = fill(text.versionsIntro, { version: a.version });
		$('[data-versions]').hidden = c.changed.length + c.removed.length + c.added.length === 0;
		for (const r of rows) r.el.toggleAttribute('data-reassess', c.changed.some((x) => x.id === r.id));
	};

	const answerOf = (r: (typeof rows)[number]): AssessmentAnswer => {
		const status = r.form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value as AssessmentAnswer['status'];
		const a: AssessmentAnswer = { level: r.level, text: r.text, at: new Date().toISOString() };
		if (status) a.status = status;
		for (const [k, f] of Object.entries(r.fields)) if (f.value) (a as Record<string, string>)[k] = f.value;
		return a;
	};

	const renderResult = () => {
		const a = store.state;
		const rs = inScope();
		const assessed = rs.map((r) => ({ id: r.id, level: r.level, mayBeNotApplicable: r.na }));
		const v = verdict(rule, assessed, a.answers);
		$('[data-verdict]').textContent = v.conforms ? text.verdictYes : v.complete ? text.verdictNo : text.verdictOpen;
		root.dataset.conforms = String(v.conforms);
		$('[data-counts]').textContent = fill(text.counts, { skaMet: v.ska.met, skaNeeded: v.ska.needed, skaApplicable: v.ska.applicable, borMet: v.bor.met, borNeeded: v.bor.needed, borApplicable: v.bor.applicable });
		const missing = $('[data-missing]');
		missing.replaceChildren(...v.gaps.map((g) => { const li = document.createElement('li'); li.textContent = `${g.id} (${g.level}): ${text[`gap.${g.gap}`]}`; return li; }));
		if (!v.gaps.length) missing.textContent = text.nothingMissing;
		const groups = [
			...progressBy(rule, assessed.map((x, i) => ({ ...x, groups: [rs[i].phase] })), a.answers, Object.keys(names.phases)).map((g) => ({ ...g, name: names.phases[g.id] })),
			...progressBy(rule, assessed.map((x, i) => ({ ...x, groups: rs[i].principles })), a.answers, Object.keys(names.principles)).map((g) => ({ ...g, name: names.principles[g.id] })),
		];
		const tbody = $('[data-table]');
		tbody.replaceChildren(...groups.map((g) => {
			const tr = document.createElement('tr');
			const th = document.createElement('th');
			th.scope = 'row';
			th.textContent = g.name;
			tr.append(th, ...[g.met, g.open, g.notApplicable, g.unanswered].map((n) => { const td = document.createElement('td'); td.textContent = String(n); return td; }));
			return tr;
		}));
		const svg = $<SVGSVGElement>('[data-chart]');
		const rowH = 22, labelW = 190, barW = 400;
		svg.setAttribute('viewBox', `0 0 ${labelW + barW + 10} ${groups.length * rowH + 4}`);
		const parts: SVGElement[] = [];
		const el = (name: string, attrs: Record<string, string | number>, content?: string) => {
			const e = document.createElementNS(svgNs, name);
			for (const [k, val] of Object.entries(attrs)) e.setAttribute(k, String(val));
			if (content) e.textContent = content;
			return e;
		};
		groups.forEach((g, i) => {
			const y = i * rowH + 2;
			parts.push(el('text', { x: 0, y: y + 15, class: 'smf-chart__label' }, g.name.length > 28 ? g.name.slice(0, 27) + '…' : g.name));
			let x = labelW;
			for (const [n, cls] of [[g.met, 'met'], [g.open, 'open'], [g.notApplicable, 'na'], [g.unanswered, 'unanswered']] as const) {
				const w = (n / g.total) * barW;
				if (w > 0) parts.push(el('rect', { x, y, width: w, height: rowH - 6, class: `smf-chart__${cls}` }));
				x += w;
			}
		});
		const title = svg.querySelector('title')!;
		const desc = el('desc', {}, groups.map((g) => `${g.name}: ${g.met}/${g.total}`).join('; '));
		svg.replaceChildren(title, desc, ...parts);
		$('[data-report-head]').textContent = [a.organisation, scopeSelect.selectedOptions[0]?.text, `${version} (${d.date})`, $('[data-verdict]').textContent].filter(Boolean).join(' · ');
	};

	/** Draws one requirement's answer; `spareFocused` leaves the field the reader is typing in alone (another tab saved). */
	const renderRow = (r: (typeof rows)[number], spareFocused = false) => {
		const a = store.state.answers[r.id];
		for (const input of r.form.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.checked = input.value === a?.status;
		for (const [k, f] of Object.entries(r.fields)) if (!spareFocused || document.activeElement !== f) f.value = (a as Record<string, string> | undefined)?.[k] ?? '';
		r.print.textContent = a?.status ? [text[`status.${a.status}`], a.reason, a.evidence, a.responsible, a.checked].filter(Boolean).join(' · ') : text['print.none'];
	};
	const render = (spareFocused = false) => {
		const visible = new Set(inScope());
		for (const r of rows) {
			r.el.hidden = !visible.has(r);
			renderRow(r, spareFocused);
		}
		for (const s of root.querySelectorAll<HTMLElement>('[data-phase]:not([data-req])')) s.hidden = !s.querySelector('[data-req]:not([hidden])');
		if (!spareFocused || document.activeElement !== org) org.value = store.state.organisation;
		renderResult();
	};

	const change = (r: (typeof rows)[number]) => {
		const a = structuredClone(store.state);
		a.answers[r.id] = answerOf(r);
		save(a);
		renderRow(r, true);
		renderResult();
	};
	for (const r of rows) {
		r.form.addEventListener('change', () => change(r));
		r.form.addEventListener('input', (e) => { if ((e.target as HTMLElement).tagName === 'TEXTAREA' || (e.target as HTMLInputElement).type === 'text') change(r); });
	}
	org.addEventListener('input', () => save({ ...structuredClone(store.state), organisation: org.value, organisationAt: new Date().toISOString() }));
	scopeSelect.addEventListener('change', async () => {
		scope = scopeSelect.value;
		const url = new URL(location.href);
		url.searchParams.set('omfattning', scope);
		history.replaceState(null, '', url);
		open();
		render();
		await showVersions(carried ?? store.state);
	});

	/** Takes in an assessment from a file or a link: asks before it replaces answers, and keeps one level of undo. */
	const take = async (incoming: Assessment, done: string) => {
		if (incoming.scope !== scope && scopeSelect.querySelector(`option[value="${CSS.escape(incoming.scope)}"]`)) {
			// The file is for another scope: switch to it first, so the question and the undo concern that scope's answers.
			scope = incoming.scope;
			scopeSelect.value = scope;
			open();
			render();
		}
		const n = replacedCount(store.state, incoming);
		if (n > 0 && !(await ask(fill(text.importAsk, { count: n })))) return;
		undo = structuredClone(store.state);
		const next: Assessment = { ...incoming, format: store.state.format, version, versionDate: d.date!, scope, saved: new Date().toISOString() };
		store.state = next;
		save(next);
		undoButton.hidden = false;
		render();
		await showVersions(incoming);
		tell(done);
	};

	const actions: Record<string, () => void> = {
		print: () => window.print(),
		json: () => download(`sjalvvardering-${scope}.json`, 'application/json', assessmentToJson(store.state)),
		csv: () => download(`sjalvvardering-${scope}.csv`, 'text/csv;charset=utf-8', assessmentToCsv(store.state, inScope(), {
			headers: [text['csv.id'], text['csv.level'], text['csv.requirement'], text['csv.status'], text['csv.reason'], text['csv.evidence'], text['csv.responsible'], text['csv.checked']],
			statuses: Object.fromEntries(Object.entries(text).filter(([k]) => k.startsWith('status.')).map(([k, v]) => [k.slice(7), v])),
		})),
		unreadable: () => download(`sjalvvardering-${scope}-ej-last.json`, 'application/json', store.unreadable ?? ''),
		share: async () => {
			const url = new URL(location.href);
			url.hash = await toFragment(store.state);
			history.replaceState(null, '', url);
			try { await navigator.clipboard.writeText(url.href); } catch {}
			tell(text.shareCopied);
		},
		undo: () => {
			if (!undo) return;
			const back = undo;
			undo = undefined;
			const now = new Date().toISOString();
			// Restore every answer as it was, stamped now so it wins the merge with what the import wrote.
			const answers = Object.fromEntries(Object.keys({ ...store.state.answers, ...back.answers }).map((id) => [id, { ...(back.answers[id] ?? {}), at: now }]));
			store.state = { ...back, answers, organisationAt: now };
			save(store.state);
			undoButton.hidden = true;
			render();
			tell(text.undone);
		},
		reset: async () => {
			if (!(await ask(text.resetAsk))) return;
			undo = structuredClone(store.state);
			const now = new Date().toISOString();
			const cleared = { ...store.state, organisation: '', organisationAt: now, answers: Object.fromEntries(Object.keys(store.state.answers).map((id) => [id, { at: now }])) };
			store.state = cleared;
			save(cleared);
			undoButton.hidden = false;
			render();
			tell(text.resetDone);
		},
	};
	onActions(root, actions);
	onFileChosen($<HTMLInputElement>('input[type=file]'), async (content, name) => {
		const result = parseAssessment(content);
		if (!result.ok) return tell(fill(text[`error.${result.problem}`], { detail: result.detail, file: name }), true);
		await take(result.assessment, fill(text.imported, { file: name }));
	});

	if (!scopeSelect.querySelector(`option[value="${CSS.escape(scope)}"]`)) scope = partnershipScope;
	scopeSelect.value = scope;
	open();
	render();
	await showVersions(carried ?? store.state);
	for (const el of root.querySelectorAll<HTMLElement>('[data-enhance]')) el.hidden = false;
	$('[data-nojs]').hidden = true;
	root.dataset.ready = '';
	if (location.hash.startsWith('#d=')) {
		const shared = await fromFragment(location.hash);
		history.replaceState(null, '', location.pathname + location.search);
		if (shared.ok) await take(shared.assessment, text.shareLoaded);
		else tell(fill(text[`error.${shared.problem}`], { detail: shared.detail, file: '#' }), true);
	}
}
