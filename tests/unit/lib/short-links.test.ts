import { describe, expect, it } from 'vitest';
import { requestedShortLink, shortLinkFiles } from '../../../src/integrations/short-links.ts';
import { shortLinkFile, shortLinkPage } from '../../../src/lib/site/short-link-page.ts';
import { requirements } from '../../../src/lib/model/model.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { repoRoot } from '../../support/fixtures.ts';

const { standard } = loadStandard(repoRoot);
const where = { site: 'https://example.org', base: '/' };

describe('short URLs of requirements', () => {
	it('are one file per requirement and language, named after the lower-case ID', () => {
		const files = shortLinkFiles(repoRoot, where);
		const sv = requirements(modelFromStandard(standard, 'sv'));
		expect(files.size).toBe(2 * sv.length);
		expect(files.has('k/s07.2/index.html')).toBe(true);
		expect(files.has('en/k/s07.2/index.html')).toBe(true);
		expect(shortLinkFile('en', 'S07.2')).toBe('en/k/s07.2/index.html');
	});

	it('are written to the same files under a base path, with the base in their links', () => {
		const files = shortLinkFiles(repoRoot, { site: 'https://example.org', base: '/repo/' });
		expect(files.get('k/s07.2/index.html')).toContain('url=/repo/steg/s07/#S07.2');
	});

	it('point at the requirement on its step page, under the base path too', () => {
		const r = requirements(modelFromStandard(standard, 'en')).find((x) => x.id === 'S07.2')!;
		const page = shortLinkPage('en', r, { site: 'https://example.org', base: '/repo/' });
		expect(page).toContain('<meta http-equiv="refresh" content="0; url=/repo/en/steg/s07/#S07.2">');
		expect(page).toContain('<link rel="canonical" href="https://example.org/repo/en/steg/s07/#S07.2">');
		expect(page).toContain('<html lang="en">');
	});

	it('print content as text', () => {
		const r = requirements(modelFromStandard(standard, 'sv'))[0];
		const page = shortLinkPage('sv', { ...r, text: '<script>alert(1)</script>', step: { ...r.step, title: '"><img src=x onerror=alert(1)>' } }, where);
		expect(page).not.toContain('<script>');
		expect(page).not.toContain('<img');
		expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('are recognised in `astro dev` by path, under the base path, with or without index.html', () => {
		expect(requestedShortLink('/k/s07.2/', '/')).toEqual({ lang: 'sv', id: 's07.2' });
		expect(requestedShortLink('/en/k/s07.2/index.html', '/')).toEqual({ lang: 'en', id: 's07.2' });
		expect(requestedShortLink('/repo/k/s07.2/?x=1', '/repo/')).toEqual({ lang: 'sv', id: 's07.2' });
		expect(requestedShortLink('/k/s07.2/', '/repo/')).toBeUndefined();
		expect(requestedShortLink('/repo/en/k/s07.2/', '/repo')).toEqual({ lang: 'en', id: 's07.2' });
		expect(requestedShortLink('/steg/s07/', '/')).toBeUndefined();
		expect(requestedShortLink('/k/%E0/', '/')).toBeUndefined();
	});
});
