/**
 * Every built page in a real Chromium: zero axe violations (WCAG 2.0, 2.1 and 2.2, levels A and AA) in light and dark
 * mode, no Content-Security-Policy violation, no console errors, and no request to any host but the local server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

const pages = builtPages();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
/** One tab per colour scheme, reused from page to page (a new tab per page costs a renderer start each time). */
const tabs: Partial<Record<'light' | 'dark', { page: Page; errors: string[]; foreign: string[] }>> = {};

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	for (const scheme of ['light', 'dark'] as const) {
		const page = await (await browser.newContext({ colorScheme: scheme })).newPage();
		// Every CSP violation on the page (a blocked script, style or request), collected before any page script runs.
		await page.addInitScript(() => {
			(window as any).__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => (window as any).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
		});
		const tab = { page, errors: [] as string[], foreign: [] as string[] };
		page.on('console', (msg) => msg.type() === 'error' && tab.errors.push(msg.text()));
		page.on('pageerror', (err) => tab.errors.push(err.message));
		page.on('request', (req) => !req.url().startsWith(server.url) && !req.url().startsWith('data:') && tab.foreign.push(req.url()));
		tabs[scheme] = tab;
	}
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the built site', () => {
	it('has pages in Swedish at the root and in English under /en/', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/en/');
		expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
	});
});

describe.each(['light', 'dark'] as const)('every page in %s mode', (scheme) => {
	it.each(pages)('%s', async (path) => {
		const tab = tabs[scheme]!;
		tab.errors.length = 0;
		tab.foreign.length = 0;
		const response = await tab.page.goto(server.url + path, { waitUntil: 'load' });
		expect(response?.status(), 'HTTP status').toBe(200);
		// Only violations are collected: building the passes and incomplete lists would double axe's time.
		const { violations } = await new AxeBuilder({ page: tab.page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).analyze();
		const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
		expect(summary, 'axe violations').toEqual([]);
		expect(await tab.page.evaluate(() => (window as any).__cspViolations), 'CSP violations').toEqual([]);
		expect(tab.errors, 'console errors').toEqual([]);
		expect(tab.foreign, 'requests to other hosts').toEqual([]);
	});
});
