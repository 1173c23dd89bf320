/**
 * For browser tests: serves dist/ and launches Chromium once per test file (closed after it), and gives the standard
 * as read from content/, so tests derive what to expect from the content rather than hard-coding it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { loadStandard } from '../../src/lib/content/load-standard.ts';
import type { Model } from '../../src/lib/model/model.ts';
import { modelFromStandard } from '../../src/lib/model/from-disk.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { launchBrowser } from './browser.ts';
import { repoRoot } from './fixtures.ts';
import { serveDist, type StaticServer } from './server.ts';

export const standard = loadStandard(repoRoot).standard;

/** The model of one language, as the site was built from it. */
export const model = (lang: Lang): Model => modelFromStandard(standard, lang);

export interface Site {
	/** Absolute URL of a path on the served site. */
	url(path: string): string;
	/** A new page in a fresh context (its own storage), closed after the file. */
	page(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers beforeAll/afterAll hooks that serve dist/ and start Chromium. */
export function useSite(): Site {
	let server: StaticServer;
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		server = await serveDist(`${repoRoot}/dist`);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		url: (path) => server.url + path,
		async page(options) {
			const context = await browser.newContext(options);
			contexts.push(context);
			return context.newPage();
		},
	};
}
