/**
 * Bytes a page transfers: serves a built site gzip-compressed on localhost, loads each page in a real Chromium (cold
 * cache, until the network is idle, so Starlight's lazily loaded search UI counts) and sums the responses by kind.
 */
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/server.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';
export interface Weight {
	bytes: Record<Kind, number>;
	total: number;
	requests: number;
	/** gzip bytes of each script, by URL path. */
	scripts: Map<string, number>;
}

const kindOf = (resourceType: string): Kind => (({ document: 'html', stylesheet: 'css', script: 'js' }) as Record<string, Kind>)[resourceType] ?? 'other';

/** The weight of each path of the site built in `dist`. */
export async function pageWeights(dist: string, paths: string[]): Promise<Weight[]> {
	const server = await serveDist(dist, { gzip: true });
	const browser = await launchBrowser();
	const weights: Weight[] = [];
	try {
		for (const path of paths) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const responses: Promise<{ kind: Kind; url: string; size: number; body: number }>[] = [];
			page.on('requestfinished', (request) =>
				responses.push(request.sizes().then((s) => ({ kind: kindOf(request.resourceType()), url: request.url(), size: s.responseBodySize + s.responseHeadersSize, body: s.responseBodySize }))),
			);
			await page.goto(server.url + path, { waitUntil: 'networkidle' });
			// Starlight loads the search UI when the browser is idle: wait until it has drawn its form, then for quiet.
			await page.waitForSelector('#starlight__search form', { state: 'attached', timeout: 15_000 });
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			const done = await Promise.all(responses);
			const bytes = { html: 0, css: 0, js: 0, other: 0 };
			const scripts = new Map<string, number>();
			for (const r of done) {
				bytes[r.kind] += r.size;
				if (r.kind === 'js') scripts.set(new URL(r.url).pathname, r.body);
			}
			weights.push({ bytes, total: bytes.html + bytes.css + bytes.js + bytes.other, requests: done.length, scripts });
			// Contexts stay open until the end: closing one can end a single-process Chromium (STACK-NOTES.md).
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return weights;
}
