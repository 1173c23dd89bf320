/**
 * `npm run bench`: builds the site (timed), serves dist/ gzip-compressed on localhost, loads one page of each type in
 * a real Chromium (cold cache, until the network is idle, so Starlight's lazily loaded search UI counts) and prints the
 * bytes transferred per page type, split into HTML, CSS, JS and other, against a stock Starlight page. Content pages
 * must stay within 10 KB of stock; the exit code is 1 when one does not.
 * Usage: node scripts/bench.ts [--no-build] [--dist DIR]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadStandard } from '../src/lib/load-standard.ts';
import { modelFromStandard } from '../src/lib/standard-model.ts';
import { localePath, pageUrl } from '../src/lib/urls.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { benchPdf } from './bench/pdf.ts';
import { benchSelfAssessment, formatRows, type BenchRow } from './bench/self-assessment.ts';

/** Stock Starlight 0.42 home page served gzip, measured on these machines (docs: STACK-NOTES.md). */
const stockKB = 49;
/** How far over stock a content page may go. */
const budgetKB = 10;

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, dist: { type: 'string', default: 'dist' } } });

let buildSeconds: number | undefined;
if (!values['no-build']) {
	const started = performance.now();
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (build.status !== 0) process.exit(build.status ?? 1);
	buildSeconds = (performance.now() - started) / 1000;
}

const countPages = (dir: string): number =>
	readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name)).isDirectory() ? countPages(join(dir, name)) : name === 'index.html' ? 1 : 0), 0);

const model = modelFromStandard(loadStandard(process.cwd()).standard, 'sv');
const pages: { type: string; path: string; content: boolean }[] = [
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

type Kind = 'html' | 'css' | 'js' | 'other';
const kindOf = (resourceType: string): Kind => ({ document: 'html', stylesheet: 'css', script: 'js' })[resourceType] as Kind ?? 'other';
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

const server = await serveDist(values.dist, { gzip: true });
const browser = await launchBrowser();
let assessment: BenchRow[] = [];
const rows: { type: string; content: boolean; bytes: Record<Kind, number>; requests: number; scripts: Map<string, number> }[] = [];
try {
	for (const { type, path, content } of pages) {
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
		rows.push({ type, content, bytes, requests: done.length, scripts });
		await context.close();
	}
	assessment = await benchSelfAssessment(server.url, browser);
} finally {
	await browser.close();
	await server.close();
}

/** Scripts of a page with the usual Starlight layout (sidebar, table of contents, search), to tell a page's own scripts from. */
const layoutScripts = new Set(rows.find((r) => r.type === 'role')!.scripts.keys());
console.log(`\nBytes transferred per page type (gzip, headers included), in KB; stock Starlight page: ${stockKB} KB.\n`);
console.log(`${'page type'.padEnd(12)}${'HTML'.padStart(7)}${'CSS'.padStart(7)}${'JS'.padStart(7)}${'other'.padStart(7)}${'total'.padStart(7)}  req  vs stock   own JS`);
let over = false;
for (const { type, content, bytes, requests, scripts } of rows) {
	const total = bytes.html + bytes.css + bytes.js + bytes.other;
	const diff = total / 1024 - stockKB;
	const own = [...scripts].filter(([url]) => !layoutScripts.has(url)).reduce((n, [, size]) => n + size, 0);
	const verdict = content ? (diff <= budgetKB ? 'ok' : 'OVER') : '';
	if (verdict === 'OVER') over = true;
	console.log(`${type.padEnd(12)}${kb(bytes.html)} ${kb(bytes.css)} ${kb(bytes.js)} ${kb(bytes.other)} ${kb(total)}  ${String(requests).padStart(3)}  ${(diff >= 0 ? '+' : '') + diff.toFixed(1)} ${verdict.padEnd(4)} ${own ? kb(own) : ''}`);
}
console.log(`\nContent pages (home, step, role, principle) must stay within ${budgetKB} KB of stock: ${over ? 'one or more do NOT' : 'they do'}.`);
console.log('"own JS": gzip bytes of the scripts a page loads beyond those of a role page (same layout), e.g. the checklist tool.');
if (buildSeconds !== undefined) console.log(`Build (npm run build: validate + astro build + Pagefind): ${buildSeconds.toFixed(1)} s for ${countPages(values.dist)} pages.`);
console.log(`\nSelf-assessment (/sjalvvardering/):\n${formatRows(assessment)}`);
if (!benchPdf(values.dist)) over = true;
process.exit(over || assessment.some((r) => !r.ok) ? 1 : 0);
