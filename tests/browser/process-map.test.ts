import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { boxLabel } from '../../src/lib/site/process-map-text.ts';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();
const desktop = { viewport: { width: 1280, height: 800 } };

describe.each(['sv', 'en'] as Lang[])('the process map (%s)', (lang) => {
	const m = model(lang);
	const path = pageUrl(lang, 'process');
	const stepUrls = m.steps.map((s) => pageUrl(lang, 'steps', s.id));
	const labels = m.steps.map((step, i) => boxLabel(lang, { step, number: i + 1, gate: step.gate === true }));

	it('links every step from the SVG, in process order, named with its number, and every link answers 200', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const hrefs = await page.$$eval('.smf-map__body a', (as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs).toEqual(stepUrls);
		for (const href of hrefs) expect((await page.request.get(site.url(href))).status(), href).toBe(200);
		// Named by a <title> child (the visible text breaks long words with hyphens).
		expect(await page.$$eval('.smf-map__body a', (as) => as.map((a) => a.querySelector(':scope > title')?.textContent))).toEqual(labels);
		for (const label of [labels[0], labels.at(-1)!]) expect(await page.getByRole('link', { name: label, exact: true }).count(), label).toBe(1);
		expect(await page.$$eval('.smf-map__body a .smf-map__numtext', (ns) => ns.map((n) => Number(n.textContent)))).toEqual(m.steps.map((_, i) => i + 1));
	});

	it('fits its column at 1280×800 with no sideways scrolling, and its text is at least 12 px and fits its boxes', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const fit = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('.smf-map__body')!;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const sizes = [...document.querySelectorAll<SVGTextElement>('.smf-map svg text')].map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
			const overflowing = [...svg.querySelectorAll('a')].flatMap((a) => {
				const box = a.querySelector('rect')!.getBBox();
				return [...a.querySelectorAll('tspan')].filter((s) => s.getBBox().x + s.getComputedTextLength() > box.x + box.width - 2).map((s) => s.textContent);
			});
			return { page: document.documentElement.scrollWidth, column: svg.parentElement!.clientWidth, svg: svg.getBoundingClientRect().width, scale, minFont: Math.min(...sizes), overflowing };
		});
		expect(fit.page).toBeLessThanOrEqual(1280);
		expect(fit.svg).toBeLessThanOrEqual(fit.column);
		expect(fit.minFont).toBeGreaterThanOrEqual(12);
		expect(fit.overflowing).toEqual([]);
	});

	it('heads the phases with their week ranges and keeps them in view while the lanes scroll by; every owner has a labelled lane', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const phases = await page.$$eval('.smf-map__head .smf-map__phase', (ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
		expect(phases.map((p) => p.replace(/- /g, '-'))).toEqual(m.phases.map((p) => p.title));
		const weeks = await page.$$eval('.smf-map__head .smf-map__weeks', (ts) => ts.map((t) => t.textContent));
		expect(weeks.length).toBe(m.phases.length);
		for (const w of weeks) expect(w).toMatch(/\d/);
		const owners = m.roles.filter((r) => m.steps.some((s) => s.owner === r.id)).map((r) => r.name);
		expect(await page.$$eval('.smf-map__role', (ts) => ts.map((t) => t.textContent))).toEqual(owners);
		// Scroll to the last lane: the phase headings sit just under the site header.
		await page.locator('.smf-map__body a').last().scrollIntoViewIfNeeded();
		const [head, nav] = await page.evaluate(() => [document.querySelector('.smf-map__head')!.getBoundingClientRect().top, document.querySelector('.page > header')!.getBoundingClientRect().bottom]);
		expect(Math.abs(head - nav)).toBeLessThan(2);
	});

	it('marks the screening gates the content names (gate: true), in the map and in the phone view', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const gates = m.steps.filter((s) => s.gate).map((s) => pageUrl(lang, 'steps', s.id));
		expect(gates.length).toBeGreaterThan(0);
		expect(await page.$$eval('.smf-map__body a:has(.smf-map__box--gate)', (as) => as.map((a) => a.getAttribute('href')))).toEqual(gates);
		expect(await page.$$eval('.smf-map__step--gate a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(gates);
		expect(await page.textContent('.smf-map__legend')).toContain(t(lang, 'smf.map.legendGate'));
	});

	it('is named and described, sits in a labelled region, and lets the keyboard reach every step with a visible focus ring', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const svg = page.locator('.smf-map__body');
		expect(await page.textContent(`#${await svg.getAttribute('aria-labelledby')}`)).toBe(t(lang, 'smf.map.svgTitle', { steps: m.steps.length, phases: m.phases.length }));
		expect(await page.locator(`#${await svg.getAttribute('aria-describedby')}`).evaluate((e) => e.tagName)).toBe('desc');
		const region = page.locator('.smf-map');
		expect([await region.getAttribute('role'), await region.getAttribute('aria-label')]).toEqual(['region', t(lang, 'smf.map.region')]);

		await page.locator('.smf-map__legend a').focus();
		const reached: string[] = [];
		for (let i = 0; i < m.steps.length; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const a = document.activeElement!;
				const rect = a.querySelector('rect');
				const r = a.getBoundingClientRect();
				return { href: a.getAttribute('href'), stroke: rect ? getComputedStyle(rect).strokeWidth : '', inView: r.top >= 0 && r.bottom <= innerHeight };
			});
			reached.push(focused.href!);
			expect(focused.stroke, 'a visible focus ring').toBe('4px');
			expect(focused.inView, `${focused.href} scrolled into view`).toBe(true);
		}
		expect(reached).toEqual(stepUrls);
	});

	it('on a phone shows the steps phase by phase instead of the picture, without sideways scrolling', async () => {
		const page = await site.page({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url(path));
		expect(await page.isVisible('.smf-map__body')).toBe(false);
		expect(await page.isVisible('.smf-map__phases')).toBe(true);
		expect(await page.$$eval('.smf-map__phases > li', (lis) => lis.length)).toBe(m.phases.length);
		expect(await page.$$eval('.smf-map__phases a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(stepUrls);
		expect(await page.$$eval('.smf-map__phases a', (as) => as.map((a) => a.getAttribute('aria-label')))).toEqual(labels);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	it('can be downloaded as a self-contained SVG file with the same drawing and absolute links', async () => {
		const page = await site.page(desktop);
		await page.goto(site.url(path));
		const href = (await page.getAttribute('.smf-map__legend a[download]', 'href'))!;
		expect(href).toBe(lang === 'en' ? '/en/processen.svg' : '/processen.svg');
		const response = await page.request.get(site.url(href));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const text = await response.text();
		expect(text).toContain('<style>');
		expect(text).not.toMatch(/<link|@import|url\(/);
		const file = await site.page(desktop);
		await file.goto(site.url(href));
		const drawn = await file.$$eval('a', (as) => as.map((a) => ({ href: new URL(a.getAttribute('href')!).pathname, box: [...'xywh'].map((k) => a.querySelector('rect')!.getAttribute(({ x: 'x', y: 'y', w: 'width', h: 'height' }) [k as 'x']!)) })));
		const onPage = await page.$$eval('.smf-map__body a', (as) => as.map((a) => ({ href: a.getAttribute('href'), box: [...'xywh'].map((k) => a.querySelector('rect')!.getAttribute(({ x: 'x', y: 'y', w: 'width', h: 'height' }) [k as 'x']!)) })));
		expect(drawn).toEqual(onPage);
		expect(await file.evaluate(() => parseFloat(getComputedStyle(document.querySelector('text')!).fontSize))).toBeGreaterThanOrEqual(12);
	});

	it('is followed by the same steps as a list, phase by phase', async () => {
		const page = await site.page();
		await page.goto(site.url(path));
		const listed = await page.$$eval('.smf-map ~ ol.smf-process a', (as) => as.map((a) => a.getAttribute('href')));
		expect(listed).toEqual(stepUrls);
	});
});
