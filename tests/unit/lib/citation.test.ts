import { describe, expect, it } from 'vitest';
import { citation, citationPattern, shortUrl } from '../../../src/lib/site/citation.ts';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { requirements } from '../../../src/lib/model/model.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { repoRoot } from '../../support/fixtures.ts';

const { standard } = loadStandard(repoRoot);

describe('citing a requirement', () => {
	it('gives a short URL from the lower-case ID, in both languages', () => {
		expect(shortUrl('sv', 'S07.2')).toBe('/k/s07.2/');
		expect(shortUrl('en', 'S07.2')).toBe('/en/k/s07.2/');
	});

	it.each([
		['sv', 'Svensk mikrofinansstandard', 'krav'],
		['en', 'Swedish Microfinance Standard', 'requirement'],
	] as const)('cites in the pattern of content/i18n with the version of content/standard.yaml (%s)', (lang, name, word) => {
		const model = modelFromStandard(standard, lang);
		const r = requirements(model)[0];
		expect(citation(model, r, 'https://example.org/k/x/')).toBe(`${name} ${standard.meta!.version}, ${word} ${r.id}: ${r.text} https://example.org/k/x/`);
		// The copy script fills the same pattern from the page: the ID, the requirement's text and the absolute short URL.
		expect(citationPattern(model)).toMatch(/\{\{id\}\}.*\{\{text\}\}.*\{\{url\}\}/);
		const next = { ...model, meta: { ...model.meta, version: '9.8.7' } };
		expect(citation(next, r, 'u')).toContain(` 9.8.7, ${word} ${r.id}: `);
	});
});
