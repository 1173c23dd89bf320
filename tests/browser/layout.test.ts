import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the reader pages on a phone and a desktop (%s)', (lang) => {
	const m = model(lang);
	const paths = [
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
});
