/**
 * `npm run screenshot -- /steg/s07/ /en/krav/@narrow,light,full`: photographs built pages (run `npm run build` first)
 * in the same Chromium the browser tests use, so editors and developers can look at a change in light and dark, on a
 * phone (390 px, `narrow`) and wide (1280 px). Options after `@`: narrow, light (default dark), full (whole page).
 * Writes PNG files to screenshots/ (ignored by git) and prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

const specs = process.argv.slice(2);
if (specs.length === 0) {
	console.error('Usage: npm run screenshot -- <path>[@narrow,light,full] …   e.g. npm run screenshot -- /steg/s07/@narrow');
	process.exit(2);
}
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
	for (const spec of specs) {
		const [path, options = ''] = spec.split('@');
		const context = await browser.newContext({
			viewport: { width: options.includes('narrow') ? 390 : 1280, height: 900 },
			colorScheme: options.includes('light') ? 'light' : 'dark',
		});
		const page = await context.newPage();
		await page.goto(server.url + path);
		const file = join(outDir, `${(path.replace(/\W+/g, '-').replace(/^-+|-+$/g, '') || 'home')}${options ? `@${options}` : ''}.png`);
		await page.screenshot({ path: file, fullPage: options.includes('full') });
		console.log(file);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
