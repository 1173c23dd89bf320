/**
 * The PDF of the whole standard (made from /skriv-ut/ by scripts/pdf.ts after the build): its file name and URL per
 * language, and how its size is shown. The size is known only once the PDF exists, so pages print a marker
 * (`<span data-smf-pdf-size="sv">PDF</span>`) that scripts/pdf.ts fills in in the built HTML.
 */
import type { Lang } from '../../schemas/common.ts';
import { t } from './i18n.ts';
import { localePath } from './urls.ts';

/** A file-name slug: lower case, no diacritics, words joined by hyphens. */
const slug = (text: string) =>
	text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** `svensk-mikrofinansstandard-0.1.0.pdf`, `swedish-microfinance-standard-0.1.0.pdf`: the standard's name and version. */
export function pdfFileName(lang: Lang, version: string): string {
	return `${slug(t(lang, 'smf.siteTitle'))}-${version}.pdf`;
}

/** The PDF's URL path: Swedish at the root, English under /en/, like the pages. */
export function pdfUrl(lang: Lang, version: string, base?: string): string {
	return localePath(lang, pdfFileName(lang, version), base);
}

/** The PDF's path inside dist/. */
export const pdfDistPath = (lang: Lang, version: string) => (lang === 'en' ? 'en/' : '') + pdfFileName(lang, version);

/** The PDF's page margins in millimetres; the running footer sits in the bottom one. */
export const pdfMargins = { top: 14, bottom: 16, side: 15 };

/** The margins in PDF points, as the PDF text reader measures. */
export const pdfMarginsPt = { top: (pdfMargins.top * 72) / 25.4, bottom: (pdfMargins.bottom * 72) / 25.4 };

/** The attribute of the span that shows the PDF's size; its value is the PDF's language. */
export const pdfSizeAttribute = 'data-smf-pdf-size';

/** "PDF, 1,2 MB" / "PDF, 1.2 MB": the size in the language's own number format. */
export function pdfSizeText(lang: Lang, bytes: number): string {
	const size = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { style: 'unit', unit: bytes < 1e6 ? 'kilobyte' : 'megabyte', maximumFractionDigits: bytes < 1e6 ? 0 : 1 }).format(bytes < 1e6 ? bytes / 1e3 : bytes / 1e6);
	return t(lang, 'smf.pdf.size', { size });
}

/** Fills in the size of the language's PDF at every marker in one built HTML file (again and again: it is idempotent). */
export function fillPdfSizes(html: string, sizes: Partial<Record<Lang, number>>): string {
	return html.replace(new RegExp(`(<span ${pdfSizeAttribute}="(sv|en)"[^>]*>)[^<]*(</span>)`, 'g'), (all, open: string, lang: Lang, close: string) =>
		sizes[lang] === undefined ? all : `${open}${pdfSizeText(lang, sizes[lang])}${close}`,
	);
}
