/**
 * The self-assessment's budgets, measured in a real Chromium: its page weight against a stock Starlight page
 * (+25 KB gzip, its own JS at most 15 KB gzip) and how long one answer change takes to update the verdict, the chart
 * and the table on the whole standard (the partnership scope, every requirement answered): under 50 ms.
 */
import type { Browser } from 'playwright-core';
import { localePath } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/server.ts';
import type { Bench } from './bench.ts';

export interface BenchRow {
	name: string;
	value: number;
	unit: string;
	budget: number;
	ok: boolean;
}

/** `stockKB`: a stock Starlight page built in the same run (scripts/bench/site.ts), served gzip. */
export async function benchSelfAssessment(serverUrl: string, browser: Browser, stockKB: number): Promise<BenchRow[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<{ js: boolean; own: boolean; size: number; body: number }>[] = [];
	page.on('requestfinished', (request) =>
		sizes.push(request.sizes().then((s) => ({
			js: request.resourceType() === 'script',
			own: /SelfAssessment|csv\.|template\./.test(request.url()),
			size: s.responseBodySize + s.responseHeadersSize,
			body: s.responseBodySize,
		}))),
	);
	await page.goto(serverUrl + localePath('sv', 'sjalvvardering'), { waitUntil: 'networkidle' });
	await page.waitForSelector('#starlight__search form', { state: 'attached', timeout: 15_000 });
	await page.waitForSelector('[data-assessment][data-ready]');
	await page.waitForLoadState('networkidle');
	const done = await Promise.all(sizes);
	const totalKB = done.reduce((n, r) => n + r.size, 0) / 1024;
	const ownJsKB = done.filter((r) => r.js && r.own).reduce((n, r) => n + r.body, 0) / 1024;

	// Answer everything, then time single changes: the click runs the whole update synchronously; the next frame shows it.
	const times = await page.evaluate(async () => {
		const radios = (status: string) => [...document.querySelectorAll<HTMLInputElement>(`[data-req]:not([hidden]) input[value="${status}"]`)];
		for (const r of radios('uppfyllt')) r.click();
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
		const script: number[] = [];
		const toFrame: number[] = [];
		const targets = radios('ej-uppfyllt');
		const back = radios('uppfyllt');
		for (let i = 0; i < 30; i++) {
			// One requirement to "ej uppfyllt" and back again: every click is a real change.
			const k = (Math.floor(i / 2) * 7) % targets.length;
			const target = i % 2 ? back[k] : targets[k];
			await frame();
			const start = performance.now();
			target.click();
			script.push(performance.now() - start);
			await frame();
			toFrame.push(performance.now() - start);
		}
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		return { requirements: targets.length, scriptMedian: median(script), scriptMax: Math.max(...script), frameMedian: median(toFrame) };
	});
	await context.close();
	const row = (name: string, value: number, unit: string, budget: number): BenchRow => ({ name, value, unit, budget, ok: value <= budget });
	return [
		row('self-assessment page, over stock', totalKB - stockKB, 'KB', 25),
		row('self-assessment own JS', ownJsKB, 'KB', 15),
		row(`answer change, median (${times.requirements} reqs)`, times.scriptMedian, 'ms', 50),
		row('answer change, slowest of 30', times.scriptMax, 'ms', 50),
		row('answer change to next frame, median', times.frameMedian, 'ms', 50),
	];
}

/** The rows as lines for the bench's report. */
export function formatRows(rows: BenchRow[]): string {
	return rows.map((r) => `${r.name.padEnd(44)}${r.value.toFixed(1).padStart(7)} ${r.unit.padEnd(3)} (budget ${r.budget} ${r.unit}) ${r.ok ? 'ok' : 'OVER'}`).join('\n');
}

/** The bench module: serves the built dist/ gzip-compressed and measures the self-assessment in Chromium. */
export const selfAssessmentBench: Bench = {
	name: 'self-assessment',
	async run({ scale, dist, results }) {
		if (scale.length > 0 || results.stockPageKB === undefined) return true;
		const server = await serveDist(dist, { gzip: true });
		const browser = await launchBrowser();
		try {
			const rows = await benchSelfAssessment(server.url, browser, results.stockPageKB);
			console.log(`\nSelf-assessment (/sjalvvardering/), against the stock page of this run (${results.stockPageKB.toFixed(1)} KB):\n${formatRows(rows)}`);
			return rows.every((r) => r.ok);
		} finally {
			await browser.close();
			await server.close();
		}
	},
};
