/**
 * The real site's page weights: builds it (timed) and a stock Starlight site of as many pages in the same run, then
 * prints the bytes transferred per page type, split into HTML, CSS, JS and other, against the stock site's page.
 * Content pages must stay within 10 KB of stock.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadStandard } from '../../src/lib/content/load-standard.ts';
import { modelFromStandard } from '../../src/lib/model/from-disk.ts';
import { localePath, pageUrl } from '../../src/lib/site/urls.ts';
import { kb, type Bench } from './bench.ts';
import { countPages, measure, pagesLabel } from './measure.ts';
import { pageWeights } from './page-weight.ts';
import { removeProject, repoRoot, stockProject } from './projects.ts';

/** How far over stock a content page may go. */
const budgetKB = 10;

export const siteBench: Bench = {
	name: 'site',
	async run({ scale, noBuild, dist, results }) {
		if (scale.length > 0) return true;
		let buildSeconds: number | undefined;
		if (!noBuild) {
			const started = performance.now();
			const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
			if (build.status !== 0) return false;
			buildSeconds = (performance.now() - started) / 1000;
		}
		const pages = countPages(dist);
		const stock = stockProject(pages, repoRoot);
		let stockSeconds: number;
		let stockPage: Awaited<ReturnType<typeof pageWeights>>[number];
		try {
			stockSeconds = measure(join(stock, 'node_modules/.bin/astro'), ['build'], stock).seconds;
			[stockPage] = await pageWeights(join(stock, 'dist'), ['/p2/']);
		} finally {
			removeProject(stock);
		}

		const model = modelFromStandard(loadStandard(repoRoot).standard, 'sv');
		const types: { type: string; path: string; content: boolean }[] = [
			{ type: 'home', path: localePath('sv'), content: true },
			{ type: 'step', path: pageUrl('sv', 'steps', model.steps[0].id), content: true },
			{ type: 'role', path: pageUrl('sv', 'roles', model.roles[0].id), content: true },
			{ type: 'principle', path: pageUrl('sv', 'principles', model.principles[0].id), content: true },
			{ type: 'krav', path: pageUrl('sv', 'requirements'), content: false },
			{ type: 'checklist', path: pageUrl('sv', 'checklists', model.checklists[0].id), content: false },
			{ type: 'process map', path: pageUrl('sv', 'process'), content: false },
			{ type: 'matrix', path: pageUrl('sv', 'matrix'), content: false },
			{ type: 'print', path: pageUrl('sv', 'print'), content: false },
		];
		const weights = await pageWeights(dist, types.map((t) => t.path));

		/** Scripts of a page with the usual Starlight layout (sidebar, table of contents, search), to tell a page's own scripts from. */
		const layoutScripts = new Set(weights[types.findIndex((t) => t.type === 'role')].scripts.keys());
		const stockKB = stockPage.total / 1024;
		results.stockPageKB = stockKB;
		const col = (bytes: number) => kb(bytes).padStart(6);
		console.log(`\nBytes transferred per page type (gzip, headers included), in KB; a stock Starlight page built in this run: ${stockKB.toFixed(1)} KB.\n`);
		console.log(`${'page type'.padEnd(12)}${'HTML'.padStart(7)}${'CSS'.padStart(7)}${'JS'.padStart(7)}${'other'.padStart(7)}${'total'.padStart(7)}  req  vs stock   own JS`);
		let over = false;
		weights.forEach(({ bytes, total, requests, scripts }, i) => {
			const { type, content } = types[i];
			const diff = total / 1024 - stockKB;
			const own = [...scripts].filter(([url]) => !layoutScripts.has(url)).reduce((n, [, size]) => n + size, 0);
			const verdict = content ? (diff <= budgetKB ? 'ok' : 'OVER') : '';
			if (verdict === 'OVER') over = true;
			console.log(`${type.padEnd(12)}${col(bytes.html)} ${col(bytes.css)} ${col(bytes.js)} ${col(bytes.other)} ${col(total)}  ${String(requests).padStart(3)}  ${(diff >= 0 ? '+' : '') + diff.toFixed(1)} ${verdict.padEnd(4)} ${own ? col(own) : ''}`);
		});
		console.log(`\nContent pages (home, step, role, principle) must stay within ${budgetKB} KB of stock: ${over ? 'one or more do NOT' : 'they do'}.`);
		console.log('"own JS": gzip bytes of the scripts a page loads beyond those of a role page (same layout), e.g. the checklist tool.');
		if (buildSeconds !== undefined) console.log(`Build (npm run build: astro build with the validator and Pagefind, then the PDFs): ${buildSeconds.toFixed(1)} s for ${pagesLabel(pages)} pages; stock Starlight with as many: ${stockSeconds.toFixed(1)} s.`);
		return !over;
	},
};
