/**
 * The PDF of the whole standard as `npm run build` leaves it in dist/ (read, never rebuilt here): within the page
 * budget, the version on its cover, a contents whose page numbers are where the parts start, and a link with its size
 * in every page's footer. Also: a single step or role page prints without the site's navigation.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { pdfDistPath, pdfMarginsPt, pdfSizeText, pdfUrl } from '../../src/lib/site/pdf.ts';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { fill, readPdf, type PdfPage } from '../../scripts/lib/pdf-text.ts';
import { builtPages, distDir } from '../support/dist.ts';
import { model, standard, useSite } from '../support/site.ts';

const meta = standard.meta!;
const version = meta.version;
/** The most pages a language's PDF may have (issue 10). */
const pageBudget = 70;
const squash = (s: string) => s.replace(/\s+/g, '');

/** The font size most lines have: the body text. */
function bodySize(pages: PdfPage[]): number {
	const counts = new Map<number, number>();
	for (const line of pages.flatMap((p) => p.lines)) counts.set(Math.round(line.size), (counts.get(Math.round(line.size)) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** A page's headings: runs of consecutive lines set larger than the body, joined (a long heading wraps). */
function headings(page: PdfPage, body: number): string[] {
	const blocks: string[] = [];
	page.lines.forEach((line, i) => {
		if (line.size <= body * 1.1) return;
		if (i > 0 && page.lines[i - 1].size === line.size) blocks[blocks.length - 1] += line.text;
		else blocks.push(line.text);
	});
	return blocks.map(squash);
}

describe.each(['sv', 'en'] as Lang[])('the PDF of the whole standard (%s)', (lang) => {
	const file = join(distDir, pdfDistPath(lang, version));
	let pages: PdfPage[];
	beforeAll(async () => {
		if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (it runs \`npm run pdf\`) first`);
		pages = await readPdf(readFileSync(file));
	});

	it(`has at most ${pageBudget} pages, and the cover names the standard, its version, status and living URL`, () => {
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.length).toBeLessThanOrEqual(pageBudget);
		const cover = pages[0].lines.map((l) => l.text).join('\n');
		expect(cover).toContain(t(lang, 'smf.siteTitle'));
		expect(cover).toContain(version);
		expect(cover).toContain(t(lang, meta.status === 'utkast' ? 'smf.status.utkast' : 'smf.status.fastställd'));
		expect(cover).toMatch(new RegExp(`https?://\\S+${lang === 'en' ? '/en/' : '/'}`));
	});

	it('has a running footer with the version and "page x of y" on every page', () => {
		for (const page of pages) {
			const footer = page.lines.at(-1)!.text;
			expect(footer).toContain(version);
			expect(squash(footer)).toContain(squash(t(lang, 'smf.pdf.page', { page: page.number, total: pages.length })));
		}
	});

	it('lists every step in the contents with the page its heading is on, and no heading comes earlier', () => {
		const contents = pages[1]; // its last line is the running footer
		expect(contents.lines[0].text).toBe(t(lang, 'smf.print.contents'));
		const entries = contents.lines.slice(1, -1).map((l) => /^(.*?)\s*(\d+)$/.exec(l.text)).filter((m) => m !== null).map((m) => ({ text: m[1], page: Number(m[2]) }));
		const steps = model(lang).steps;
		for (const step of steps) expect(entries.map((e) => squash(e.text))).toContain(squash(`${step.id} ${step.title}`));
		expect(entries.length).toBeGreaterThan(steps.length + 6);
		const body = bodySize(pages);
		for (const entry of entries) {
			const target = squash(entry.text);
			const where = pages.slice(2).filter((p) => headings(p, body).includes(target)).map((p) => p.number);
			expect(where[0], `"${entry.text}" is listed on page ${entry.page}`).toBe(entry.page);
		}
		// The numbers rise through the document.
		expect(entries.map((e) => e.page)).toEqual([...entries.map((e) => e.page)].sort((a, b) => a - b));
	});

	it('has no page under three-quarters full inside a part (only the cover, a part\'s last page and the last page)', () => {
		const contents = pages[1].lines.slice(1, -1);
		// The parts are the contents' entries set in bold at the left margin: their numbers are where a part starts.
		const left = Math.min(...contents.map((l) => l.left));
		const partStarts = contents.filter((l) => l.left === left).map((l) => Number(/(\d+)$/.exec(l.text)?.[1]));
		expect(partStarts.length).toBeGreaterThanOrEqual(6);
		const thin = pages.filter((p) => fill(p, pdfMarginsPt) < 0.75).map((p) => p.number);
		expect(thin.filter((n) => n > 1 && n < pages.length && !partStarts.includes(n + 1))).toEqual([]);
	});

	it('links only to the public site or to other hosts, never to the server it was printed from', () => {
		const urls = pages.flatMap((p) => p.urls);
		expect(urls.length).toBeGreaterThan(100);
		expect(urls.filter((u) => /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u))).toEqual([]);
		// Requirements and accessibility items are in the PDF itself: links to them stay inside it.
		expect(pages.flatMap((p) => p.links.map((l) => l.target))).toContain(model(lang).steps[0].requirements[0].id);
	});

	it('explains ska and bör near the start', () => {
		const start = pages.slice(0, 4).flatMap((p) => p.lines.map((l) => l.text)).join(' ');
		expect(start).toContain(t(lang, 'smf.level.ska').replace(/^./, (c) => c.toUpperCase()));
		expect(start).toContain(t(lang, 'smf.level.bör').replace(/^./, (c) => c.toUpperCase()));
	});
});

describe('the link to the PDF', () => {
	it('is in the footer of every built page, in the page\'s language, with the PDF\'s real size', () => {
		const sizes = { sv: statSync(join(distDir, pdfDistPath('sv', version))).size, en: statSync(join(distDir, pdfDistPath('en', version))).size };
		const paths = builtPages();
		expect(paths.length).toBeGreaterThan(50);
		for (const path of paths) {
			const lang: Lang = path.startsWith('/en/') ? 'en' : 'sv';
			const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
			const link = new RegExp(`<a class="smf-pdf-link"[^>]* href="${pdfUrl(lang, version, '/').replace(/\./g, '\\.')}"[^>]*>[^<]*<span[^>]*>\\(<span data-smf-pdf-size="${lang}">([^<]*)</span>\\)</span></a>`);
			const found = link.exec(html.slice(html.lastIndexOf('class="smf-version')));
			expect(found?.[1], `the footer of ${path}`).toBe(pdfSizeText(lang, sizes[lang]));
		}
	});

	it('is on /skriv-ut/ too, above the contents', () => {
		for (const lang of ['sv', 'en'] as Lang[]) {
			const html = readFileSync(join(distDir, pageUrl(lang, 'print'), 'index.html'), 'utf8');
			expect(html.match(/class="smf-pdf-link[" ]/g)?.length, pageUrl(lang, 'print')).toBe(2);
		}
	});
});

describe('printing one page', () => {
	const site = useSite();
	it.each([
		['sv', 'steps'],
		['en', 'roles'],
	] as const)('a %s %s page prints its own content, without the sidebar or search', async (lang, section) => {
		const m = model(lang);
		const [entry, other] = section === 'steps' ? [m.steps[6], m.steps.at(-1)!] : [m.roles[0], m.roles.at(-1)!];
		const title = 'title' in entry ? `${entry.id} ${entry.title}` : entry.name;
		const page = await site.page({ colorScheme: 'light' });
		await page.goto(site.url(pageUrl(lang, section, entry.id)));
		const pdf = await readPdf(await page.pdf({ format: 'A4' }));
		const text = pdf.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
		expect(squash(pdf[0].lines.slice(0, 3).map((l) => l.text).join(''))).toContain(squash(title));
		// The last step or role is named only in the sidebar of this page.
		expect(text).not.toContain('title' in other ? other.title : other.name);
		expect(pdf.length).toBeLessThanOrEqual(6);
	});
});
