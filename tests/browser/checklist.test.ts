import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/urls.ts';
import { t } from '../../src/lib/i18n.ts';
import { checklistStateFormat, checklistStateSchema } from '../../src/schemas/checklist-state.ts';
import { storageKey } from '../../src/lib/checklist-io.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();
const checklist = model('sv').checklists[0];
const first = checklist.items[0].id;
const path = pageUrl('sv', 'checklists', checklist.id);
const note = 'Protokoll 2026-03-04, punkt 5 – "klart"';

async function open() {
	const page = await site.page();
	await page.goto(site.url(path));
	await page.waitForSelector('.smf-tool:not([hidden])');
	return page;
}
const saved = (page: Awaited<ReturnType<typeof open>>) => page.evaluate((key) => localStorage.getItem(key), storageKey(checklist.id));
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
		expect(state.items[first]).toEqual({ done: true, note });
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
		const state = { format: checklistStateFormat, checklist: checklist.id, saved: new Date().toISOString(), items: { [first]: { done: true, note: 'Från filen' } } };
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
		expect(JSON.parse((await saved(page))!).items).toEqual({});
	});

	it('stays a plain printable list without JavaScript', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(path));
		expect(await page.isVisible('.smf-tool')).toBe(false);
		expect(await page.locator('.smf-checklist input, .smf-checklist textarea').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
		const items = await page.locator('.smf-checklist > li .smf-checklist__text').allTextContents();
		expect(items).toEqual(checklist.items.map((i) => i.text));
	});
});
