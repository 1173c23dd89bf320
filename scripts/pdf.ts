/**
 * `npm run pdf` (run by `npm run build` after `astro build`): prints /skriv-ut/ of the built site to an A4 PDF per
 * language in the Chromium the tests use, `dist/svensk-mikrofinansstandard-<version>.pdf` and
 * `dist/en/swedish-microfinance-standard-<version>.pdf` (src/lib/site/pdf.ts names them).
 *
 * Chromium has no CSS target-counter(), so the contents get their page numbers in two passes: print once, read the
 * page each contents link points to from the PDF (its internal links), write the numbers into the page and print
 * again (repeated until the numbers stand still). A running footer carries the standard's name, version and
 * "sida x av y". Then the size of each PDF is written into every built page at its PDF link (src/lib/site/pdf.ts).
 * Prints, per language, the pages, how many are under three-quarters full, the size and the time.
 * Usage: node scripts/pdf.ts [--dist DIR]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import type { Lang } from '../src/schemas/common.ts';
import { standardSchema } from '../src/schemas/standard.ts';
import { t } from '../src/lib/site/i18n.ts';
import { fillPdfSizes, pdfDistPath, pdfMargins, pdfMarginsPt, pdfSizeAttribute } from '../src/lib/site/pdf.ts';
import { localePath, sections } from '../src/lib/site/urls.ts';
import { launchBrowser } from './lib/browser.ts';
import { fill, readPdf, type PdfPage } from './lib/pdf-text.ts';
import { serveDist } from './lib/server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;
const base = process.env.SITE_BASE ?? '/';
const meta = standardSchema.parse(parse(readFileSync('content/standard.yaml', 'utf8')));

const margins = pdfMargins;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

function footer(lang: Lang): string {
	const status = t(lang, meta.status === 'utkast' ? 'smf.status.utkast' : 'smf.status.fastställd');
	const name = escape(`${t(lang, 'smf.siteTitle')} ${meta.version} · ${status}`);
	const page = escape(t(lang, 'smf.pdf.page', { page: '\u0000', total: '\u0001' }))
		.replace('\u0000', '<span class="pageNumber"></span>')
		.replace('\u0001', '<span class="totalPages"></span>');
	return `<div style="width:100%;margin:0 ${margins.side}mm;display:flex;justify-content:space-between;font:8pt/1.2 sans-serif;color:#444"><span>${name}</span><span>${page}</span></div>`;
}

/** A draft (for finding the pages only) leaves out the tags and bookmarks, which cost time and change no page. */
async function print(page: Page, lang: Lang, draft = false): Promise<Buffer> {
	return page.pdf({
		format: 'A4',
		margin: { top: `${margins.top}mm`, bottom: `${margins.bottom}mm`, left: `${margins.side}mm`, right: `${margins.side}mm` },
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: footer(lang),
		outline: !draft,
		tagged: !draft,
	});
}

/** How many pages from the start hold the cover and the contents. */
const contentsPages = 4;
/** The most pages a language's PDF should have (issue 10; tests/browser/pdf.test.ts enforces it). */
const pageBudget = 70;

/** The page each contents entry (an internal link on the first pages) points to, by anchor. */
function targets(pages: PdfPage[]): Map<string, number> {
	return new Map(pages.flatMap((p) => p.links.map((l) => [l.target, l.page] as const)));
}

/** Writes the page numbers into the contents; returns whether any changed. */
async function number(page: Page, pages: Map<string, number>): Promise<boolean> {
	return page.evaluate((entries) => {
		const byTarget = new Map(entries);
		let changed = false;
		for (const a of document.querySelectorAll<HTMLAnchorElement>('.smf-toc a[href^="#"]')) {
			const slot = a.querySelector('[data-smf-page]');
			const n = byTarget.get(decodeURIComponent(a.hash.slice(1)));
			if (!slot || n === undefined || slot.textContent === String(n)) continue;
			slot.textContent = String(n);
			changed = true;
		}
		return changed;
	}, [...pages]);
}

const htmlFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});

/**
 * Runs in the page before printing. Links on the site would be printed as links to this local server: a link to
 * something the print page has too (a requirement, an accessibility item) becomes a link inside the PDF, every other
 * link to the site a link to the public site (the page's canonical URL, from SITE_URL).
 */
function publicLinks(): void {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	if (!canonical) throw new Error('The print page has no canonical link: set `site` in astro.config.mjs');
	const site = new URL(canonical).origin;
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const url = new URL(a.href);
		if (url.origin !== location.origin || (url.pathname === location.pathname && url.hash)) continue;
		const id = decodeURIComponent(url.hash.slice(1));
		a.href = id && document.getElementById(id) ? `#${url.hash.slice(1)}` : site + url.pathname + url.search + url.hash;
		// The print CSS writes out the address after links to other sites; not after these.
		a.classList.add('smf-url');
	}
}

/** Prints one language's PDF with numbered contents; returns it and its pages as read back. */
async function makePdf(page: Page, lang: Lang): Promise<{ pdf: Buffer; pages: PdfPage[]; partStarts: number[] }> {
	const path = localePath(lang, sections.print, base);
	const response = await page.goto(server.url + path);
	if (!response?.ok()) throw new Error(`${path} did not load from ${dist}/ (${response?.status()}): run astro build first`);
	await page.evaluate(() => document.fonts.ready);
	await page.evaluate(publicLinks);
	let pdf = await print(page, lang, true);
	let draft = true;
	// The contents are on the first pages: only those need reading until the numbers settle.
	for (let pass = 1; await number(page, targets(await readPdf(pdf, contentsPages))); pass++) {
		if (pass > 3) throw new Error(`The contents' page numbers of the ${lang} PDF do not settle`);
		pdf = await print(page, lang);
		draft = false;
	}
	if (draft) pdf = await print(page, lang);
	const missing = await page.$$eval('.smf-toc [data-smf-page]:empty', (slots) => slots.map((s) => s.closest('a')?.getAttribute('href')));
	if (missing.length) throw new Error(`No page found for ${missing.join(', ')} in the ${lang} PDF`);
	const partStarts = await page.$$eval('.smf-toc > ol > li > a [data-smf-page]', (slots) => slots.map((s) => Number(s.textContent)));
	return { pdf, pages: await readPdf(pdf), partStarts };
}

const started = performance.now();
const server = await serveDist(dist, { base });
const browser = await launchBrowser().catch((error: Error) => {
	throw new Error(`npm run pdf needs Chromium (@sparticuz/chromium ships one for Linux x64; elsewhere set CHROME_PATH to a Chrome or Chromium): ${error.message}`);
});
const sizes: Partial<Record<Lang, number>> = {};
try {
	const context = await browser.newContext({ colorScheme: 'light' });
	// Both languages at once: each waits on Chromium part of the time.
	await Promise.all(
		(['sv', 'en'] as Lang[]).map(async (lang) => {
			const langStarted = performance.now();
			const { pdf, pages, partStarts } = await makePdf(await context.newPage(), lang);
			const file = join(dist, pdfDistPath(lang, meta.version));
			writeFileSync(file, pdf);
			sizes[lang] = pdf.length;
			const thin = pages.filter((p) => fill(p, pdfMarginsPt) < 0.75).map((p) => p.number);
			// Expected: the cover, the contents, the last page of a part and the last page.
			const midPart = thin.filter((n) => n > 2 && n < pages.length && !partStarts.includes(n + 1));
			const over = pages.length > pageBudget ? ` — OVER the budget of ${pageBudget} pages` : '';
			console.log(
				`${file}: ${pages.length} pages${over}, ${thin.length} under three-quarters full (${thin.join(', ')}; ${midPart.length} of them inside a part), ${(pdf.length / 1e6).toFixed(2)} MB, ${((performance.now() - langStarted) / 1000).toFixed(1)} s`,
			);
		}),
	);
} finally {
	await browser.close();
	await server.close();
}

let linked = 0;
for (const file of htmlFiles(dist)) {
	const html = readFileSync(file, 'utf8');
	const next = fillPdfSizes(html, sizes);
	if (next !== html) writeFileSync(file, next);
	if (next.includes(pdfSizeAttribute)) linked++;
}
console.log(`${linked} pages link the PDF with its size; ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
