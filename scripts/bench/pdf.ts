/**
 * The PDF's part of `npm run bench`: runs `npm run pdf` (scripts/pdf.ts) on a built dist/ and times it against its
 * budget. Prints the PDF step's own lines (pages, pages under three-quarters full, size per language) and the time.
 * Returns whether it stayed within the budget.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Bench } from './bench.ts';

/** What making both PDFs may add to the build, in seconds (issue 10). */
export const pdfBudgetSeconds = 20;

export function benchPdf(dist = 'dist'): boolean {
	const started = performance.now();
	const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--dist', dist], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) {
		console.log(`\nPDF (npm run pdf) failed with exit code ${run.status}.`);
		return false;
	}
	const ok = seconds <= pdfBudgetSeconds;
	console.log(`\n${run.stdout.trim()}`);
	console.log(`PDF (npm run pdf, both languages, in the build): ${seconds.toFixed(1)} s; budget ${pdfBudgetSeconds} s: ${ok ? 'ok' : 'OVER'}.`);
	return ok;
}

/** The bench module: times the PDF step on the real site's dist/. */
export const pdfBench: Bench = {
	name: 'pdf',
	async run({ scale, dist }) {
		return scale.length > 0 ? true : benchPdf(dist);
	},
};
