import { describe, expect, it } from 'vitest';
import { reportProblemUrl } from '../../../src/lib/site/report-problem.ts';

describe('report a problem', () => {
	const report = { title: 'S07 Andra mötet', url: 'https://example.se/steg/s07/', subject: 'Problem på sidan ”S07 Andra mötet” & mer', body: 'Sida: S07\nAdress: https://example.se/steg/s07/?a=1&b=2\n' };

	it('opens a new GitHub issue with the title and body filled in and URL-encoded', () => {
		const href = reportProblemUrl(report, { url: 'https://github.com/org/smf', branch: 'main' }, 'kontakt@example.se')!;
		const url = new URL(href);
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/smf/issues/new');
		expect(url.searchParams.get('title')).toBe(report.subject);
		expect(url.searchParams.get('body')).toBe(report.body);
		expect(href).not.toMatch(/[\s”]/);
	});

	it('writes a mail to the contact address when there is no repository, with spaces as %20 (not "+")', () => {
		const href = reportProblemUrl(report, undefined, 'kontakt@example.se')!;
		expect(href.startsWith('mailto:kontakt@example.se?subject=')).toBe(true);
		expect(href).not.toContain('+');
		const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
		expect([params.get('subject'), params.get('body')]).toEqual([report.subject, report.body]);
	});

	it('gives no link when there is neither', () => {
		expect(reportProblemUrl(report, undefined, undefined)).toBeUndefined();
	});
});
