/**
 * Every built page in a real Chromium: zero axe violations (WCAG 2.0, 2.1 and 2.2, levels A and AA) in light and dark
 * mode, no console errors, and no request to any host but the local server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

const pages = builtPages();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
const contexts: Partial<Record<'light' | 'dark', BrowserContext>> = {};

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	for (const scheme of ['light', 'dark'] as const) contexts[scheme] = await browser.newContext({ colorScheme: scheme });
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
		const page = await contexts[scheme]!.newPage();
		const errors: string[] = [];
		const foreign: string[] = [];
		page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
		page.on('pageerror', (err) => errors.push(err.message));
		page.on('request', (req) => !req.url().startsWith(server.url) && !req.url().startsWith('data:') && foreign.push(req.url()));
		try {
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			expect(response?.status(), 'HTTP status').toBe(200);
			const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
			expect(summary, 'axe violations').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
			expect(foreign, 'requests to other hosts').toEqual([]);
		} finally {
			await page.close();
		}
	});
});
