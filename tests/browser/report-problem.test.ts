import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { builtPages, distDir } from '../support/dist.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();

describe('report a problem with this page', () => {
	it('is linked from the footer of every built page', () => {
		const pages = builtPages();
		const without = pages.filter((p) => !readFileSync(join(distDir, p.endsWith('/') ? `${p}index.html` : p), 'utf8').includes('data-report-problem'));
		expect(pages.length).toBeGreaterThan(100);
		expect(without).toEqual([]);
	});

	describe.each(['sv', 'en'] as Lang[])('(%s)', (lang) => {
		const m = model(lang);
		it.each([lang === 'en' ? '/en/' : '/', pageUrl(lang, 'steps', m.steps[0].id), pageUrl(lang, 'requirements')])('names the page and its address: %s', async (path) => {
			const page = await site.page({ viewport: { width: 390, height: 844 } });
			await page.goto(site.url(path));
			const link = page.getByRole('link', { name: t(lang, 'smf.report.link'), exact: true });
			expect(await link.isVisible()).toBe(true);
			const href = (await link.getAttribute('href'))!;
			// No repository in a local build: a mail to content/standard.yaml `contact`.
			expect(href.startsWith(`mailto:${standard.meta!.contact}?`)).toBe(true);
			const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
			const title = (await page.title()).split(' | ')[0];
			expect(params.get('subject')).toContain(title);
			const address = /https?:\/\/\S+/.exec(params.get('body')!)![0];
			expect(new URL(address).pathname).toBe(path);
			expect(params.get('body')).toContain(standard.meta!.version);
		});
	});
});
