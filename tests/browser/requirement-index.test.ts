import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { requirements } from '../../src/lib/model/model.ts';
import { profileRoles } from '../../src/lib/site/oscal.ts';
import { localePath, pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();

/** The IDs of the requirements the page shows. */
const shown = (page: Page) => page.$$eval('[data-requirement]:not([hidden]) .smf-id', (ids) => ids.map((id) => id.textContent));

describe.each(['sv', 'en'] as Lang[])('the requirement index (%s)', (lang) => {
	const all = requirements(model(lang));
	const path = pageUrl(lang, 'requirements');
	const phase = all[all.length - 1].phase.id;
	const expected = all.filter((r) => r.level === 'ska' && r.phase.id === phase);

	it('opened fresh from a filtered URL shows the filtered view, its count and the filter in the form', async () => {
		const page = await site.page();
		await page.goto(site.url(`${path}?niva=ska&fas=${phase}`));
		await expect.poll(() => shown(page)).toEqual(expected.map((r) => r.id));
		expect(await page.textContent('[data-requirement-count]')).toBe(
			t(lang, expected.length === all.length ? 'smf.index.countAll' : expected.length ? 'smf.index.countSome' : 'smf.index.countNone', { shown: expected.length, total: all.length }),
		);
		expect(await page.inputValue('#filter-niva')).toBe('ska');
		expect(await page.inputValue('#filter-fas')).toBe(phase);
		expect(await page.isVisible('[data-submit]')).toBe(false);
	});

	it('updates the list, the count and the URL as the reader filters', async () => {
		const page = await site.page();
		await page.goto(site.url(path));
		await expect.poll(() => shown(page)).toEqual(all.map((r) => r.id));
		await page.selectOption('#filter-niva', 'bor');
		await expect.poll(() => new URL(page.url()).search).toBe('?niva=bor');
		expect(await shown(page)).toEqual(all.filter((r) => r.level === 'bör').map((r) => r.id));
		await page.selectOption('#filter-niva', '');
		const word = all[0].text.split(' ').sort((a, b) => b.length - a.length)[0].replace(/[.,]/g, '');
		await page.fill('#filter-q', word.toUpperCase());
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word.toUpperCase());
		expect(await shown(page)).toContain(all[0].id);
		const mismatches = await page.$$eval('[data-requirement]', (lis, w) => lis.filter((li) => (li as HTMLElement).hidden === li.textContent!.toLowerCase().includes(w)).length, word.toLowerCase());
		expect(mismatches).toBe(0);
		await page.fill('#filter-q', 'qqqxxyyzz');
		expect(await shown(page)).toEqual([]);
		expect(await page.textContent('[data-requirement-count]')).toBe(t(lang, 'smf.index.countNone', { total: all.length }));
		expect(await page.getAttribute('[data-requirement-count]', 'role')).toBe('status');
	});

	it('without JavaScript shows every requirement, hides the filter and says so, linking every role page and phase', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(`${path}?niva=ska`));
		expect(await shown(page)).toEqual(all.map((r) => r.id));
		expect(await page.isVisible('form[data-requirement-filter]')).toBe(false);
		const note = page.locator('[data-nojs-filter]');
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toContain(t(lang, 'smf.nojs.filter'));
		expect(await page.textContent('[data-requirement-count]')).toBe(t(lang, 'smf.index.countAll', { total: all.length, shown: all.length }));
		const m = model(lang);
		const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([...m.roles.map((r) => pageUrl(lang, 'roles', r.id)), ...m.phases.map((p) => `${pageUrl(lang, 'steps')}#fas-${p.id}`)]);
		for (const href of hrefs) {
			const response = await page.request.get(site.url(href!));
			expect(response.status(), href!).toBe(200);
			const anchor = new URL(href!, 'http://x').hash.slice(1);
			if (anchor) expect(await response.text(), href!).toContain(`id="${anchor}"`);
		}
	});

	it('with JavaScript shows the filter and not the note', async () => {
		const page = await site.page();
		await page.goto(site.url(path));
		await expect.poll(() => page.isVisible('form[data-requirement-filter]')).toBe(true);
		expect(await page.isVisible('[data-nojs-filter]')).toBe(false);
	});

	it('links the open data files, and they are served', async () => {
		const page = await site.page();
		await page.goto(site.url(path));
		const hrefs = await page.$$eval('#oppna-data ~ ul a', (as) => as.map((a) => a.getAttribute('href')!));
		// standard.json, krav.csv, the JSON Schema and the OSCAL catalog, then an OSCAL profile per role.
		expect(hrefs).toHaveLength(4 + profileRoles(model(lang)).length);
		expect(hrefs).toContain(localePath(lang, 'oscal/catalog.json'));
		for (const role of profileRoles(model(lang))) expect(hrefs).toContain(localePath(lang, `oscal/profiles/${role.id}.json`));
		for (const href of hrefs) expect((await page.request.get(site.url(href))).status(), href).toBe(200);
	});
});
