import { describe, expect, it } from 'vitest';
import { fillPdfSizes, pdfDistPath, pdfFileName, pdfSizeText, pdfUrl } from '../../../src/lib/site/pdf.ts';

describe('the PDF of the whole standard', () => {
	it('is named after the standard and its version, Swedish at the root and English under /en/', () => {
		expect(pdfFileName('sv', '0.2.0')).toBe('svensk-mikrofinansstandard-0.2.0.pdf');
		expect(pdfFileName('en', '0.2.0')).toBe('swedish-microfinance-standard-0.2.0.pdf');
		expect(pdfDistPath('en', '0.2.0')).toBe('en/swedish-microfinance-standard-0.2.0.pdf');
		expect(pdfUrl('sv', '0.2.0', '/repo/')).toBe('/repo/svensk-mikrofinansstandard-0.2.0.pdf');
		expect(pdfUrl('en', '0.2.0', '/')).toBe('/en/swedish-microfinance-standard-0.2.0.pdf');
	});

	it('shows its size in the language\'s number format', () => {
		expect(pdfSizeText('sv', 1_987_654)).toBe('PDF, 2 MB');
		expect(pdfSizeText('sv', 1_234_567)).toBe('PDF, 1,2 MB');
		expect(pdfSizeText('en', 1_234_567)).toBe('PDF, 1.2 MB');
		expect(pdfSizeText('sv', 456_789)).toBe('PDF, 457 kB');
	});

	it('fills the size in at every marker of its language, again and again', () => {
		const html = '<a><span data-smf-pdf-size="sv">PDF</span></a><a><span data-smf-pdf-size="en">PDF</span></a>';
		const once = fillPdfSizes(html, { sv: 1_234_567, en: 2_500_000 });
		expect(once).toBe('<a><span data-smf-pdf-size="sv">PDF, 1,2 MB</span></a><a><span data-smf-pdf-size="en">PDF, 2.5 MB</span></a>');
		expect(fillPdfSizes(once, { sv: 1_300_000 })).toBe(once.replace('1,2 MB', '1,3 MB'));
	});
});
