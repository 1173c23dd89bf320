import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n.ts';
import { pageUrl } from '../../src/lib/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the process map (%s)', (lang) => {
	const m = model(lang);
	const stepUrls = m.steps.map((s) => pageUrl(lang, 'steps', s.id));

	it('links every step from the SVG, and every link answers 200', async () => {
		const page = await site.page();
		await page.goto(site.url(pageUrl(lang, 'process')));
		const hrefs = await page.$$eval('.smf-map svg a', (as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs).toEqual(stepUrls);
		for (const href of hrefs) expect((await page.request.get(site.url(href))).status(), href).toBe(200);
		const names = await page.$$eval('.smf-map svg a', (as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
		expect(names).toEqual(m.steps.map((s) => `${s.id} ${s.title}`));
	});

	it('is named and described, sits in a focusable labelled region, and lets the keyboard reach every step', async () => {
		const page = await site.page();
		await page.goto(site.url(pageUrl(lang, 'process')));
		const svg = page.locator('.smf-map svg');
		expect(await page.textContent(`#${await svg.getAttribute('aria-labelledby')}`)).toBe(t(lang, 'smf.map.svgTitle', { steps: m.steps.length, phases: m.phases.length }));
		expect(await page.locator(`#${await svg.getAttribute('aria-describedby')}`).evaluate((e) => e.tagName)).toBe('desc');
		const region = page.locator('.smf-map');
		expect([await region.getAttribute('role'), await region.getAttribute('tabindex'), await region.getAttribute('aria-label')]).toEqual(['region', '0', t(lang, 'smf.map.region')]);

		await region.focus();
		const reached: string[] = [];
		for (let i = 0; i < m.steps.length; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const a = document.activeElement!;
				const rect = a.querySelector('rect');
				return { href: a.getAttribute('href'), stroke: rect ? getComputedStyle(rect).strokeWidth : '' };
			});
			reached.push(focused.href!);
			expect(focused.stroke, 'a visible focus ring').toBe('4px');
		}
		expect(reached).toEqual(stepUrls);
	});

	it('is followed by the same steps as a list, phase by phase', async () => {
		const page = await site.page();
		await page.goto(site.url(pageUrl(lang, 'process')));
		const listed = await page.$$eval('.smf-map ~ ol.smf-process a', (as) => as.map((a) => a.getAttribute('href')));
		expect(listed).toEqual(stepUrls);
	});
});
