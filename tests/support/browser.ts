/**
 * Launches a real headless Chromium with playwright-core: the one named by CHROME_PATH, or the one shipped in the
 * @sparticuz/chromium npm package (no download at run time, so it works without internet).
 */
import { chromium as playwright, type Browser } from 'playwright-core';

const quietFlags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const unwanted = new Set(['--single-process', '--no-zygote', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);

export async function launchBrowser(): Promise<Browser> {
	if (process.env.CHROME_PATH) {
		return playwright.launch({ executablePath: process.env.CHROME_PATH, args: quietFlags, headless: true });
	}
	const { default: chromium } = await import('@sparticuz/chromium');
	// The package's flags are tuned for serverless (one process, no web security); a test browser wants neither.
	const args = chromium.args.filter((a: string) => !unwanted.has(a));
	return playwright.launch({ executablePath: await chromium.executablePath(), args: [...args, ...quietFlags], headless: true });
}
