import { describe, expect, it } from 'vitest';
import { safeUrls } from '../../../src/validation/rules/safe-urls.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule safe-urls', () => {
	it('accepts https: URLs and text that merely has a colon', () => {
		const standard = minimalStandard();
		standard.meta!.repository = 'https://github.com/example/standard';
		standard.entries.steps.sv[0].data.summary = 'Obs: mötet bokas i förväg.';
		expect(safeUrls.check(standard)).toEqual([]);
	});

	it('finds javascript:, data: and http: URLs, with file, field and the fix', () => {
		const standard = minimalStandard();
		standard.meta!.repository = 'javascript:alert(document.domain)//';
		const source = standard.entries.sources.sv[0];
		source.data.publisher = 'http://example.org';
		standard.entries.roles.sv[0].data.summary = 'data:text/html,<b>x</b>';
		expect(safeUrls.check(standard)).toEqual([
			{ file: source.file, field: 'publisher', message: 'uses a "http:" URL; only https: links are allowed', hint: 'write https:// instead of http://' },
			expect.objectContaining({ file: standard.entries.roles.sv[0].file, field: 'summary', message: expect.stringContaining('"data:"') }),
			expect.objectContaining({ file: 'content/standard.yaml', field: 'repository', message: expect.stringContaining('"javascript:"') }),
		]);
	});
});
