import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, shortUrl } from '../../src/lib/site/citation.ts';
import { t } from '../../src/lib/site/i18n.ts';
import { pageUrl, requirementUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { distDir } from '../support/dist.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();

describe.each(['sv', 'en'] as Lang[])('copy-link buttons on a step page (%s)', (lang) => {
	const step = model(lang).steps.at(-1)!;
	const requirement = step.requirements.at(-1)!;

	it('copy the absolute URL of the requirement and say so politely', async () => {
		const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
		const button = page.locator(`[id="${requirement.id}"] button[data-copy-link]`);
		await button.waitFor({ state: 'visible' });
		expect(await page.locator('button[data-copy-link]:visible').count()).toBe(step.requirements.length);
		expect(await button.evaluate((b) => b.textContent)).toBe(`${t(lang, 'smf.copy.label')} ${t(lang, 'smf.copy.target', { id: requirement.id })}`);
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(requirementUrl(lang, requirement.id)));
		await expect.poll(() => page.textContent('main [role=status].sr-only')).toBe(t(lang, 'smf.copy.done'));
	});

	it('copy the citation: name, version of content/standard.yaml, ID, text and the absolute short URL', async () => {
		const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
		const button = page.locator(`[id="${requirement.id}"] button[data-copy-citation]`);
		await button.waitFor({ state: 'visible' });
		expect(await button.evaluate((b) => b.textContent)).toBe(`${t(lang, 'smf.cite.label')} ${t(lang, 'smf.cite.target', { id: requirement.id })}`);
		await button.click();
		const expected = citation(model(lang), requirement, site.url(shortUrl(lang, requirement.id)));
		expect(expected).toContain(`${t(lang, 'smf.siteTitle')} ${standard.meta!.version}, `);
		expect(expected).toContain(requirement.text);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		await expect.poll(() => page.textContent('main [role=status].sr-only')).toBe(t(lang, 'smf.cite.done'));
	});

	it('say what was to be copied when the browser does not allow it', async () => {
		const page = await site.page();
		await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
		await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
		const link = page.locator(`[id="${requirement.id}"] button[data-copy-link]`);
		await link.click();
		await expect.poll(() => page.textContent('main [role=status].sr-only')).toBe(t(lang, 'smf.copy.failed', { url: site.url(requirementUrl(lang, requirement.id)) }));
		await page.locator(`[id="${requirement.id}"] button[data-copy-citation]`).click();
		const expected = citation(model(lang), requirement, site.url(shortUrl(lang, requirement.id)));
		await expect.poll(() => page.textContent('main [role=status].sr-only')).toBe(t(lang, 'smf.cite.failed', { text: expected }));
	});

	it('show the short URL next to each requirement, also without JavaScript', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
		for (const r of step.requirements) expect(await page.isVisible(`[id="${r.id}"] a[href="${shortUrl(lang, r.id)}"]`), r.id).toBe(true);
	});

	it('are not there without JavaScript', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
		expect(await page.locator('button[data-copy-link]:visible, button[data-copy-citation]:visible').count()).toBe(0);
		expect(await page.isVisible(`[id="${requirement.id}"] a.smf-id`)).toBe(true);
	});
});

describe.each(['sv', 'en'] as Lang[])('the print page (%s)', (lang) => {
	it('has the requirements without the copy buttons or their script (a page made for print)', () => {
		const html = readFileSync(join(distDir, pageUrl(lang, 'print'), 'index.html'), 'utf8');
		const requirement = model(lang).steps[0].requirements[0];
		expect(html).toContain(`id="${requirement.id}"`);
		// The script finds the buttons by these attributes, so neither the buttons nor the script are there.
		expect(html).not.toContain('data-copy-link');
		expect(html).not.toContain('data-copy-citation');
	});
});
