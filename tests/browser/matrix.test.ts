import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { involvement } from '../../src/lib/model/model.ts';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('the responsibility matrix (%s)', (lang) => {
	const m = model(lang);
	const path = pageUrl(lang, 'matrix');

	it('shows every role column at 1280×800 without sideways scrolling, with ● and ○ and their words for screen readers', async () => {
		const page = await site.page({ viewport: { width: 1280, height: 800 } });
		await page.goto(site.url(path));
		const box = page.locator('.smf-matrix-box');
		expect(await box.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
		const boxRect = (await box.boundingBox())!;
		const headers = page.locator('.smf-matrix thead th.smf-matrix__role');
		expect(await headers.allTextContents()).toEqual(m.roles.map((r) => r.name));
		for (const header of await headers.all()) {
			const r = (await header.boundingBox())!;
			expect(r.x >= boxRect.x && r.x + r.width <= boxRect.x + boxRect.width, await header.textContent() ?? '').toBe(true);
		}
		const rows = await page.$$eval('.smf-matrix tbody tr:not(.smf-matrix__phase)', (trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
		);
		const owner = `●${t(lang, 'smf.matrix.owner')}`;
		const participant = `○${t(lang, 'smf.matrix.participant')}`;
		expect(rows).toEqual(m.steps.map((step) => m.roles.map((role) => ({ owner, participant, none: '' })[involvement(step, role.id) ?? 'none'])));
	});

	it('keeps the header row in view while the table scrolls down, and the step column while it scrolls sideways', async () => {
		const page = await site.page({ viewport: { width: 1280, height: 800 } });
		await page.goto(site.url(path));
		const box = page.locator('.smf-matrix-box');
		await box.scrollIntoViewIfNeeded();
		await box.evaluate((e) => e.scrollBy(0, 600));
		expect(await box.evaluate((e) => e.scrollTop)).toBeGreaterThan(500);
		const top = (await box.boundingBox())!.y;
		const header = (await page.locator('.smf-matrix thead th').first().boundingBox())!;
		expect(Math.abs(header.y - top)).toBeLessThan(2);
		// Narrower than the table (a tablet): it scrolls sideways inside its box, the step names stay at the left.
		const narrow = await site.page({ viewport: { width: 900, height: 800 } });
		await narrow.goto(site.url(path));
		const nbox = narrow.locator('.smf-matrix-box');
		expect(await nbox.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
		expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900);
		await nbox.evaluate((e) => e.scrollBy(300, 0));
		const left = (await nbox.boundingBox())!.x;
		const rowHeader = (await narrow.locator('.smf-matrix th[scope=row]').first().boundingBox())!;
		expect(Math.abs(rowHeader.x - left)).toBeLessThan(2);
	});

	it('on a phone shows the same facts role by role instead of the table', async () => {
		const page = await site.page({ viewport: { width: 390, height: 844 } });
		await page.goto(site.url(path));
		expect(await page.isVisible('.smf-matrix')).toBe(false);
		const roles = page.locator('.smf-byrole details');
		expect(await roles.count()).toBe(m.roles.length);
		for (const [i, role] of m.roles.entries()) {
			const details = roles.nth(i);
			await details.locator('summary').click();
			const lists = await details.locator('ul').evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
			const steps = (how: string) => m.steps.filter((s) => involvement(s, role.id) === how).map((s) => pageUrl(lang, 'steps', s.id));
			expect(lists, role.id).toEqual([steps('owner'), steps('participant')].filter((l) => l.length > 0));
			expect(await details.locator(`a[href="${pageUrl(lang, 'roles', role.id)}"]`).isVisible()).toBe(true);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});
