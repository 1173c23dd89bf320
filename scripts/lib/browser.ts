/**
 * Launches a real headless Chromium with playwright-core: the one named by CHROME_PATH, or the one shipped in the
 * @sparticuz/chromium npm package (no download at run time, so it works without internet).
 */
import { chromium as playwright, type Browser, type LaunchOptions } from 'playwright-core';

const quietFlags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const unwanted = new Set(['--single-process', '--no-zygote', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);

async function launchOptions(): Promise<LaunchOptions> {
	if (process.env.CHROME_PATH) return { executablePath: process.env.CHROME_PATH, args: quietFlags, headless: true };
	const { default: chromium } = await import('@sparticuz/chromium');
	// The package's flags are tuned for serverless (one process, no web security); a test browser wants neither.
	const args = chromium.args.filter((a: string) => !unwanted.has(a));
	return { executablePath: await chromium.executablePath(), args: [...args, ...quietFlags], headless: true };
}

/**
 * Seen here once in a few hundred launches: the packaged Chromium crashes (SIGSEGV) while starting, before any page
 * exists. A launch is therefore tried up to three times; a browser that crashes later still fails its test.
 */
export async function launchBrowser(attempts = 3): Promise<Browser> {
	const options = await launchOptions();
	for (let attempt = 1; ; attempt++) {
		try {
			return await playwright.launch(options);
		} catch (error) {
			if (attempt >= attempts) throw error;
			console.warn(`Chromium did not start (attempt ${attempt} of ${attempts}): ${(error as Error).message.split('\n')[0]}`);
		}
	}
}
