/**
 * Hostile content runs nothing in a real Chromium: a copy of the project whose step title breaks out of <title> with
 * a <script> and an onerror handler, and whose home page hero has an <img onerror>, is built with `astro build` alone
 * (as if the validator had been skipped), and the pages escape both and run nothing; the title, filled into UI strings by
 * Starlight's `locals.t`, is escaped exactly once (i18next escapes values itself unless told not to: lib/site/locals-t.ts);
 * and the Content-Security-Policy blocks an inline script and an event handler injected into a built page, reporting
 * each as a violation.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { copyProject, edit, repoRoot } from '../support/fixtures.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

const hostile = `</title><script>window.__title = 1</script><img src="x" onerror="window.__onerror = 1"> & 'co' / 1`;
let title: string;

let root: string;
let server: StaticServer;
let browser: Browser;

/** A page that records every CSP violation in `window.__violations`. */
async function openPage(): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.addInitScript(() => {
		(window as any).__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
	});
	return page;
}

beforeAll(async () => {
	root = copyProject();
	// Astro cannot build through a symlinked node_modules (preserveSymlinks): give the copy a hard-linked one.
	rmSync(join(root, 'node_modules'));
	spawnSync('cp', ['-al', join(repoRoot, 'node_modules'), join(root, 'node_modules')]);
	rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
	edit(root, 'content/steps/sv/s07-andra-motet.md', (t) =>
		t.replace(/^title: (.*)$/m, (_m, plain: string) => {
			title = `${plain}${hostile}`;
			return `title: '${title.replaceAll("'", "''")}'`;
		}),
	);
	edit(root, 'content/docs/index.mdx', (t) => t.replace(/^  tagline: .*$/m, `  tagline: '<img src="x" onerror="window.__hero = 1">'`));
	// The validator (inside astro build) refuses both edits; take it out of this copy's config to see what the pages do
	// with text that got past it.
	edit(root, 'astro.config.mjs', (t) => {
		if (!t.includes('validatorIntegration(),')) throw new Error('astro.config.mjs no longer adds validatorIntegration(): update this test');
		return t.replace('validatorIntegration(),', '');
	});
	const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
	server = await serveDist(join(root, 'dist'));
	browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

describe('hostile content in a built page', () => {
	it('shows a title that tries to break out of <title> as text, and runs none of it', async () => {
		const page = await openPage();
		await page.goto(`${server.url}/steg/s07/`, { waitUntil: 'load' });
		expect(await page.evaluate(() => [(window as any).__title, (window as any).__onerror])).toEqual([undefined, undefined]);
		expect(await page.title()).toContain('</title><script>window.__title = 1</script>');
		expect(await page.locator('head script:not([src]):not([type])', { hasText: '__title' }).count()).toBe(0);
		expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
	});

	it('fills the hostile title into UI strings as text, escaped once: the short link page and the "report a problem" mail', async () => {
		const page = await openPage();
		// The short link page redirects at once (meta refresh): read its HTML rather than open it.
		const html = await (await fetch(`${server.url}/k/s07.1/`)).text();
		expect(html).not.toMatch(/&amp;(?:amp|lt|gt|quot|#39|#x27|#x2F);/);
		const moved = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('main p')!.textContent!, html);
		const expected = `Kravet S07.1 finns på sidan om steget ${title}:`;
		expect(moved.slice(0, expected.length)).toBe(expected);
		await page.goto(`${server.url}/steg/s07/`, { waitUntil: 'load' });
		const href = (await page.locator('a[data-report-problem]').getAttribute('href'))!;
		const mail = new URLSearchParams(href.slice(href.indexOf('?') + 1));
		expect(mail.get('subject')).toBe(`Problem på sidan ”S07 ${title}”`);
		expect(mail.get('body')).toMatch(/^Sida: .*\nAdress: https?:\/\/[^\s]+\/steg\/s07\/\n/);
		expect(mail.get('body')!.startsWith(`Sida: S07 ${title}\n`)).toBe(true);
	});

	it('shows a hostile hero tagline (which Starlight writes with set:html) as text', async () => {
		const page = await openPage();
		await page.goto(`${server.url}/`, { waitUntil: 'load' });
		expect(await page.evaluate(() => (window as any).__hero)).toBeUndefined();
		expect(await page.locator('.hero .tagline').textContent()).toBe('<img src="x" onerror="window.__hero = 1">');
		expect(await page.locator('.hero img[src="x"]').count()).toBe(0);
	});

	it('blocks an inline script and an event handler injected into a page, as CSP violations', async () => {
		const page = await openPage();
		await page.route(`${server.url}/steg/s06/`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</main>', '<script>window.__injected = 1</script><img src="/favicon.svg" onload="window.__handler = 1"></main>');
			await route.fulfill({ response, body: html });
		});
		await page.goto(`${server.url}/steg/s06/`, { waitUntil: 'load' });
		expect(await page.evaluate(() => [(window as any).__injected, (window as any).__handler])).toEqual([undefined, undefined]);
		const violations: string[] = await page.evaluate(() => (window as any).__violations);
		expect(violations).toEqual([expect.stringMatching(/^script-src-elem: inline$/), expect.stringMatching(/^script-src-attr: inline$/)]);
	});

	it("runs the site's own scripts: the theme picker works under the policy", async () => {
		const page = await openPage();
		await page.goto(`${server.url}/en/`, { waitUntil: 'load' });
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
	});
});
