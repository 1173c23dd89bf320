/**
 * Short permanent URLs of requirements (/k/s07.2/): every requirement has one in both languages, pointing at a real
 * anchor (checked on the files, cheaply, for all of them), and a sample of them redirect in Chromium without JavaScript
 * and have zero axe violations in light and dark. The every-page test leaves these pages out (tests/support/dist.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortUrl } from '../../src/lib/site/citation.ts';
import { requirements } from '../../src/lib/model/model.ts';
import { requirementUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { builtPages, distDir, isShortLink } from '../support/dist.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();
const html = (path: string) => readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const attr = (text: string, pattern: RegExp) => text.match(pattern)?.[1];

describe.each(['sv', 'en'] as Lang[])('short URLs of requirements (%s)', (lang) => {
	const reqs = requirements(model(lang));

	it('exist for every requirement and no other ID, each pointing at the requirement\'s anchor on its step page', () => {
		const built = builtPages(undefined, { shortLinks: true }).filter((p) => isShortLink(p) && p.startsWith('/en/') === (lang === 'en'));
		expect(built).toEqual(reqs.map((r) => shortUrl(lang, r.id)).sort());
		for (const r of reqs) {
			const page = html(shortUrl(lang, r.id));
			const target = requirementUrl(lang, r.id);
			expect(attr(page, /<html lang="([^"]+)"/), r.id).toBe(lang);
			expect(attr(page, /<meta http-equiv="refresh" content="0; url=([^"]+)"/), r.id).toBe(target);
			const canonical = new URL(attr(page, /<link rel="canonical" href="([^"]+)"/)!);
			expect(canonical.pathname + canonical.hash, r.id).toBe(target);
			expect(page, r.id).toContain(`<a href="${target}">`);
			expect(page, r.id).toContain('<title>');
			// The anchor is real: the step page has an element with the requirement's ID.
			expect(html(target.split('#')[0]), r.id).toContain(`id="${r.id}"`);
		}
	});

	it('stay out of the sitemap, which still lists the step pages', () => {
		const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).not.toMatch(/\/k\/s\d/);
		expect(sitemap).toContain(`${requirementUrl(lang, reqs[0].id).split('#')[0]}</loc>`);
	});

	it('redirect to the requirement without JavaScript, and land on it', async () => {
		const r = reqs.find((x) => x.id.endsWith('.2')) ?? reqs[0];
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(shortUrl(lang, r.id)));
		await page.waitForURL((url) => url.pathname + url.hash === requirementUrl(lang, r.id));
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(r.id);
	});

	it.for(['light', 'dark'] as const)('a sample has zero axe violations in %s mode (the redirect held back)', async (scheme) => {
		const page = await site.page({ colorScheme: scheme });
		// Serve the short-URL pages without their meta refresh, so that axe sees the page itself rather than its target.
		await page.route((url) => isShortLink(url.pathname), async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
		});
		for (const r of [reqs[0], reqs[Math.floor(reqs.length / 2)], reqs.at(-1)!]) {
			await page.goto(site.url(shortUrl(lang, r.id)));
			expect(new URL(page.url()).pathname).toBe(shortUrl(lang, r.id));
			expect(await page.textContent('h1')).toContain(r.id);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).options({ resultTypes: ['violations'] }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), r.id).toEqual([]);
		}
	});
});
