import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/i18n.ts';
import { checklistStateFormat, checklistStateSchema } from '../../src/schemas/checklist-state.ts';
import { storageKey } from '../../src/lib/state/checklist-io.ts';
import { unreadableKey } from '../../src/lib/state/state-store.ts';
import { repoRoot } from '../support/fixtures.ts';
import { model, useSite } from '../support/site.ts';
import { requirementsForRole } from '../../src/lib/model/model.ts';
import { checklistItems } from '../../src/lib/model/role-checklist.ts';

const site = useSite();
/** The first checklist as the page shows it: a role's own checklist also lists the role's requirements no item names. */
const checklist = { ...model('sv').checklists[0], items: checklistItems(model('sv'), model('sv').checklists[0]) };
const first = checklist.items[0].id;
const path = pageUrl('sv', 'checklists', checklist.id);
const note = 'Protokoll 2026-03-04, punkt 5 – "klart"';

/** axe finds nothing in the page's current state, light and dark. */
async function axe(page: Awaited<ReturnType<typeof open>>, state: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
		const { violations } = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(violations.map((v) => `${state}, ${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	}
}

async function open() {
	const page = await site.page();
	await page.goto(site.url(path));
	await page.waitForSelector('.smf-tool:not([hidden])');
	return page;
}
const version = model('sv').meta.version;
const saved = (page: Awaited<ReturnType<typeof open>>) => page.evaluate((key) => localStorage.getItem(key), storageKey(checklist.id, version));
async function download(page: Awaited<ReturnType<typeof open>>, action: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-action=${action}]`)]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('an interactive checklist', () => {
	it('keeps ticks and notes across a reload, and shows progress', async () => {
		const page = await open();
		await expect(page.isChecked(`#punkt-${first}-klar`)).resolves.toBe(false);
		await page.check(`#punkt-${first}-klar`);
		await page.fill(`#punkt-${first}-not`, note);
		await page.reload();
		await page.waitForSelector('.smf-tool:not([hidden])');
		expect(await page.isChecked(`#punkt-${first}-klar`)).toBe(true);
		expect(await page.inputValue(`#punkt-${first}-not`)).toBe(note);
		expect(await page.$eval('progress', (p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, checklist.items.length]);
		expect(await page.textContent('[data-progress-text]')).toBe(t('sv', 'smf.checklist.progress', { done: 1, total: checklist.items.length }));
		expect(await page.getAttribute('progress', 'id')).toBe(await page.getAttribute('label[for=checklist-progress]', 'for'));
	});

	it('exports JSON that the state schema accepts, and CSV with a byte order mark', async () => {
		const page = await open();
		await page.check(`#punkt-${first}-klar`);
		await page.fill(`#punkt-${first}-not`, note);
		const json = await download(page, 'json');
		expect(json.name).toBe(`${checklist.id}.json`);
		const state = checklistStateSchema.parse(JSON.parse(json.bytes.toString('utf8')));
		expect(state.checklist).toBe(checklist.id);
		expect(state.items[first]).toMatchObject({ done: true, note, text: checklist.items[0].text });
		const csv = await download(page, 'csv');
		expect(csv.name).toBe(`${checklist.id}.csv`);
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(['smf.field.id', 'smf.checklist.item', 'smf.checklist.done', 'smf.checklist.note'].map((k) => t('sv', k as 'smf.field.id')).join(','));
		expect(lines[1]).toBe(`${first},${checklist.items[0].text.includes(',') ? `"${checklist.items[0].text}"` : checklist.items[0].text},${t('sv', 'smf.checklist.yes')},"${note.replaceAll('"', '""')}"`);
		expect(lines).toHaveLength(checklist.items.length + 2);
	});

	it('refuses a broken or foreign file with a message and leaves the state untouched', async () => {
		const page = await open();
		await page.check(`#punkt-${first}-klar`);
		await page.fill(`#punkt-${first}-not`, note);
		const before = await saved(page);
		const files = [
			{ name: 'trasig.json', text: '{"format": "svensk-mik' },
			{ name: 'fel-form.json', text: JSON.stringify({ format: 'något annat', items: [] }) },
			{ name: 'annan.json', text: JSON.stringify({ ...JSON.parse(before!), checklist: 'en-annan-lista' }) },
		];
		for (const file of files) {
			await page.setInputFiles('#checklist-import', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
			await expect.poll(() => page.textContent('[role=alert]')).toContain(file.name);
			expect(await page.textContent('[role=alert]')).toContain(t('sv', 'smf.checklist.error.json').split('. ').at(-1));
			expect(await saved(page)).toBe(before);
			expect(await page.isChecked(`#punkt-${first}-klar`)).toBe(true);
			expect(await page.inputValue(`#punkt-${first}-not`)).toBe(note);
		}
	});

	it('imports a good file, and clears only after confirmation', async () => {
		const page = await open();
		const state = { format: checklistStateFormat, checklist: checklist.id, version, saved: new Date().toISOString(), items: { [first]: { done: true, note: 'Från filen', at: new Date().toISOString() } } };
		await page.setInputFiles('#checklist-import', { name: 'bra.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(state)) });
		await expect.poll(() => page.inputValue(`#punkt-${first}-not`)).toBe('Från filen');
		expect(await page.isChecked(`#punkt-${first}-klar`)).toBe(true);
		expect(await page.textContent('[role=status][data-status]')).toContain('bra.json');
		expect(await page.textContent('[role=alert]')).toBe('');

		page.once('dialog', (dialog) => dialog.dismiss());
		await page.click('button[data-action=reset]');
		expect(await page.isChecked(`#punkt-${first}-klar`)).toBe(true);
		page.once('dialog', (dialog) => dialog.accept());
		await page.click('button[data-action=reset]');
		expect(await page.isChecked(`#punkt-${first}-klar`)).toBe(false);
		expect(await page.inputValue(`#punkt-${first}-not`)).toBe('');
		expect(Object.values(JSON.parse((await saved(page))!).items).every((i: any) => !i.done && i.note === '')).toBe(true);
	});

	it('stays a plain printable list without JavaScript', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(path));
		expect(await page.isVisible('.smf-tool')).toBe(false);
		expect(await page.locator('.smf-checklist input, .smf-checklist textarea').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
		const items = await page.locator('.smf-checklist > li .smf-checklist__text').allTextContents();
		expect(items).toEqual(checklist.items.map((i) => i.text));
	});

	it('merges two tabs ticking different items, and a third tab sees both', async () => {
		const a = await open();
		const b = await a.context().newPage();
		await b.goto(site.url(path));
		await b.waitForSelector('[data-checklist][data-ready]');
		const second = checklist.items[1].id;
		await b.check(`#punkt-${second}-klar`);
		await b.fill(`#punkt-${second}-not`, 'anteckning från flik B');
		await a.check(`#punkt-${first}-klar`);
		const c = await a.context().newPage();
		await c.goto(site.url(path));
		await c.waitForSelector('[data-checklist][data-ready]');
		expect(await c.isChecked(`#punkt-${first}-klar`)).toBe(true);
		expect(await c.isChecked(`#punkt-${second}-klar`)).toBe(true);
		expect(await c.inputValue(`#punkt-${second}-not`)).toBe('anteckning från flik B');
		expect(await a.inputValue(`#punkt-${second}-not`)).toBe('anteckning från flik B');
	});

	it('asks before an import replaces notes, and undo restores them', async () => {
		const page = await open();
		await page.fill(`#punkt-${first}-not`, 'Viktig anteckning');
		const file = JSON.stringify({ format: checklistStateFormat, checklist: checklist.id, version, saved: new Date().toISOString(), items: {} });
		const upload = () => page.setInputFiles('#checklist-import', { name: 'tom.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		let asked = '';
		page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
		await upload();
		await expect.poll(() => asked).toBe(t('sv', 'smf.checklist.importConfirm', { file: 'tom.json', count: 1 }));
		expect(await page.inputValue(`#punkt-${first}-not`)).toBe('Viktig anteckning');
		page.once('dialog', (d) => d.accept());
		await upload();
		await expect.poll(() => page.inputValue(`#punkt-${first}-not`)).toBe('');
		await axe(page, 'after import, undo offered');
		await page.click('button[data-action=undo]');
		expect(await page.inputValue(`#punkt-${first}-not`)).toBe('Viktig anteckning');
		expect(JSON.parse((await saved(page))!).items[first].note).toBe('Viktig anteckning');
	});

	it('keeps stored state that fails its schema and offers it for download as it is', async () => {
		const page = await site.page();
		const bad = JSON.stringify({ format: 'svensk-mikrofinansstandard/checklista@9', items: { A1: 1 } });
		await page.goto(site.url(path));
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey(checklist.id, version), bad]);
		await page.reload();
		await page.waitForSelector('[data-checklist][data-ready]');
		expect(await page.isVisible('[data-unreadable]')).toBe(true);
		await axe(page, 'unreadable');
		await page.check(`#punkt-${first}-klar`);
		expect(await page.evaluate((key) => localStorage.getItem(key), unreadableKey(storageKey(checklist.id, version)))).toBe(bad);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action=unreadable]')]);
		expect((await readFile((await download.path())!)).toString('utf8')).toBe(bad);
	});

	it('opens what 0.1.0 saved (a real export, and its unversioned storage), keeping items the checklist no longer has', async () => {
		const bank = model('sv').checklists.find((c) => c.id === 'bank')!;
		const fixture = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/checklist/bank-0.1.0.json'), 'utf8'));
		const legacy = { ...fixture, items: { ...fixture.items, '99': { done: true, note: 'punkt som har tagits bort' } } };
		const page = await site.page();
		await page.goto(site.url(pageUrl('sv', 'checklists', 'bank')));
		await page.evaluate((value) => localStorage.setItem('smf-checklist:bank', value), JSON.stringify(legacy));
		await page.reload();
		await page.waitForSelector('[data-checklist][data-ready]');
		for (const [id, s] of Object.entries(fixture.items) as [string, { done: boolean; note: string }][]) {
			if (!bank.items.some((i) => i.id === id)) continue;
			expect(await page.isChecked(`#punkt-${id}-klar`)).toBe(s.done);
			expect(await page.inputValue(`#punkt-${id}-not`)).toBe(s.note);
		}
		expect(await page.textContent('[data-earlier-list]')).toContain('punkt som har tagits bort');
		await axe(page, 'earlier version');
		await page.check(`#punkt-${bank.items[3].id}-klar`);
		const now = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey('bank', version)))!);
		expect(now.items['99'].note).toBe('punkt som har tagits bort');
	});

	it('uses the snapshot of the version a file was saved on: a synthetic older release where item 1 read differently', async () => {
		const texts = Object.fromEntries(checklist.items.map((i, n) => [i.id, n === 0 ? 'Så stod punkten i 0.0.9.' : i.text]));
		const page = await site.page();
		await page.route('**/sjalvvardering/versioner/0.0.9.json', (route) => route.fulfill({ json: { version: '0.0.9', date: '2026-01-01', requirements: {}, checklists: { [checklist.id]: texts } } }));
		await page.goto(site.url(path));
		await page.waitForSelector('[data-checklist][data-ready]');
		const at = new Date().toISOString();
		const second = checklist.items[1].id;
		const file = { format: checklistStateFormat, checklist: checklist.id, version: '0.0.9', saved: at, items: { [first]: { done: true, note: 'gammal', at }, [second]: { done: true, note: '', at } } };
		await page.setInputFiles('#checklist-import', { name: 'gammal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await page.waitForSelector('[data-earlier]:not([hidden])');
		const listed = (await page.textContent('[data-earlier-list]'))!;
		expect(listed).toContain('Så stod punkten i 0.0.9.');
		expect(listed).toContain(checklist.items[0].text);
		expect(listed).not.toContain(`${second} `);
		expect(await page.getAttribute(`#punkt-${first}`, 'data-reassess')).toBe('');
		expect(await page.isChecked(`#punkt-${second}-klar`)).toBe(true);
	});

	it('gives each role’s own checklist every requirement that applies to the role, as its role page does', async () => {
		const sv = model('sv');
		const page = await site.page();
		for (const c of sv.checklists.filter((c) => sv.roles.some((r) => r.id === c.id))) {
			await page.goto(site.url(pageUrl('sv', 'checklists', c.id)));
			const linked = new Set(await page.$$eval('.smf-checklist a.smf-id', (as) => as.map((a) => a.textContent!.trim())));
			expect(requirementsForRole(sv, c.id).map((r) => r.id).filter((id) => !linked.has(id)), c.id).toEqual([]);
			await page.goto(site.url(pageUrl('sv', 'roles', c.id)));
			const onRolePage = await page.$$eval('.smf-req-brief a.smf-id', (as) => as.map((a) => a.textContent!.trim()));
			expect(onRolePage, c.id).toEqual(requirementsForRole(sv, c.id).map((r) => r.id));
		}
	});
});
