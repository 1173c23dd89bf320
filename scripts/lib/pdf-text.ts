/**
 * Reads a PDF's text layer with unpdf (PDF.js): each page's text lines with their position, and the page every internal
 * link points to. Used by scripts/pdf.ts (to number the contents and to measure how full the pages are) and by the tests.
 */
import { getDocumentProxy } from 'unpdf';

export interface PdfLine {
	/** The line's text, its pieces joined (PDF.js splits a line at ligatures such as "fi"). */
	text: string;
	/** Baseline, in points from the page's top edge. */
	top: number;
	/** Font size in points (of the line's largest piece). */
	size: number;
	/** Where the line starts, in points from the page's left edge. */
	left: number;
}

export interface PdfPage {
	/** 1-based. */
	number: number;
	height: number;
	lines: PdfLine[];
	/** Internal links on the page: the target's name (the HTML anchor) and the 1-based page it is on. */
	links: { target: string; page: number }[];
	/** Links out of the PDF (web addresses). */
	urls: string[];
}

/** Reads every page, or only the first `upTo`. */
export async function readPdf(data: Uint8Array, upTo = Infinity): Promise<PdfPage[]> {
	const doc = await getDocumentProxy(new Uint8Array(data));
	const pages: PdfPage[] = [];
	try {
		for (let n = 1; n <= Math.min(upTo, doc.numPages); n++) {
			const page = await doc.getPage(n);
			const height = page.view[3] - page.view[1];
			const byBaseline = new Map<number, { x: number; str: string; size: number }[]>();
			for (const item of (await page.getTextContent()).items) {
				if (!('str' in item) || item.str === '') continue;
				const top = Math.round((height - item.transform[5]) * 2) / 2;
				const pieces = byBaseline.get(top) ?? [];
				pieces.push({ x: item.transform[4], str: item.str, size: Math.abs(item.transform[3]) });
				byBaseline.set(top, pieces);
			}
			const lines = [...byBaseline]
				.sort(([a], [b]) => a - b)
				.map(([top, pieces]) => ({
					top,
					text: pieces.sort((a, b) => a.x - b.x).map((p) => p.str).join('').replace(/\s+/g, ' ').trim(),
					size: Math.max(...pieces.map((p) => p.size)),
					left: Math.round(Math.min(...pieces.map((p) => p.x))),
				}))
				.filter((l) => l.text);
			const links: PdfPage['links'] = [];
			const urls: string[] = [];
			for (const annotation of await page.getAnnotations()) {
				if (annotation.subtype === 'Link' && annotation.url) urls.push(annotation.url);
				if (annotation.subtype !== 'Link' || !annotation.dest) continue;
				const dest = typeof annotation.dest === 'string' ? await doc.getDestination(annotation.dest) : annotation.dest;
				if (dest?.[0]) links.push({ target: typeof annotation.dest === 'string' ? annotation.dest : '', page: (await doc.getPageIndex(dest[0])) + 1 });
			}
			pages.push({ number: n, height, lines, links, urls });
		}
	} finally {
		await doc.destroy();
	}
	return pages;
}

/**
 * How full a page is: how far down its body the last line of text reaches, from 0 to 1. The body is the page less
 * its top and bottom margins (in points), where the running header and footer sit; their text is not counted.
 */
export function fill(page: PdfPage, margins: { top: number; bottom: number }): number {
	const body = page.lines.filter((l) => l.top > margins.top && l.top < page.height - margins.bottom);
	if (body.length === 0) return 0;
	return Math.min(1, (Math.max(...body.map((l) => l.top)) - margins.top) / (page.height - margins.top - margins.bottom));
}
