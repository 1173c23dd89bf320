import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the reader pages on a phone and a desktop (%s)', (lang) => {
	const m = model(lang);
	const home = lang === 'en' ? '/en/' : '/';
	const paths = [
		home,
		pageUrl(lang, 'process'),
		pageUrl(lang, 'matrix'),
		pageUrl(lang, 'requirements'),
		pageUrl(lang, 'checklists', m.checklists[0].id),
		pageUrl(lang, 'print'),
		pageUrl(lang, 'steps', m.steps[0].id),
		pageUrl(lang, 'roles', m.roles[0].id),
	];

	it.each([390, 1280])('never make the page scroll sideways at %i px; wide things scroll inside their region', async (width) => {
		const page = await site.page({ viewport: { width, height: 900 } });
		for (const path of paths) {
			await page.goto(site.url(path));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
			for (const region of await page.locator('.smf-scroll').all()) {
				expect(await region.evaluate((e) => e.scrollWidth >= e.clientWidth && getComputedStyle(e).overflowX === 'auto'), path).toBe(true);
			}
		}
	});

	it('offer the menu, the language switch and the theme switch on a phone, the home page and the 404 page included', async () => {
		const page = await site.page({ viewport: { width: 390, height: 844 } });
		for (const path of [home, lang === 'en' ? '/en/404/' : '/404', pageUrl(lang, 'process'), pageUrl(lang, 'steps', m.steps[0].id)]) {
			await page.goto(site.url(path));
			const menu = page.locator('button[popovertarget="starlight__sidebar"]');
			await expect.poll(() => menu.isVisible(), { message: path }).toBe(true);
			await menu.click();
			expect(await page.locator('#starlight__sidebar a[href]').count(), path).toBeGreaterThan(10);
			for (const control of ['starlight-lang-select select', 'starlight-theme-select select']) {
				const box = await page.locator(`#starlight__sidebar ${control}`).boundingBox();
				expect(box && box.width > 40 && box.height > 20, `${path} ${control}`).toBe(true);
			}
			await page.keyboard.press('Escape');
		}
	});
});
