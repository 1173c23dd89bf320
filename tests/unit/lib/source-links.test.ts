import { describe, expect, it } from 'vitest';
import { editUrl, lastChanged, repositoryOf, sourceOf } from '../../../src/lib/site/source-links.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('source links', () => {
	const standard = minimalStandard();

	it('finds the content file of a page built from one entry, in its language', () => {
		expect(sourceOf('/steg/s05/', standard)).toBe('content/steps/sv/s05-forsta-kontakten.md');
		expect(sourceOf('/en/steg/s05/', standard)).toBe('content/steps/en/s05-forsta-kontakten.md');
		expect(sourceOf('/smf/en/roller/bank/', standard, '/smf/')).toBe('content/roles/en/bank.md');
		expect(sourceOf('/principer/p99/', standard)).toBeUndefined();
	});

	it('finds the folder of a page built from a whole collection, and the file of a Starlight page', () => {
		expect(sourceOf('/ordlista/', standard)).toBe('content/glossary/sv/');
		expect(sourceOf('/en/processen/', standard)).toBe('content/steps/en/');
		expect(sourceOf('/versioner/', standard)).toBe('content/releases/sv/');
		expect(sourceOf('/', standard)).toBe('content/docs/index.md');
		expect(sourceOf('/en/', standard)).toBe('content/docs/en/index.md');
		expect(sourceOf('/nothing-here/', standard)).toBeUndefined();
	});

	it('takes the repository from the environment first, then from standard.yaml', () => {
		const meta = { ...standard.meta!, repository: 'https://github.com/org/smf/' };
		expect(repositoryOf(meta, {})).toEqual({ url: 'https://github.com/org/smf', branch: 'main' });
		expect(repositoryOf(meta, { SITE_REPOSITORY: 'https://github.com/fork/smf', SITE_BRANCH: 'dev' })).toEqual({ url: 'https://github.com/fork/smf', branch: 'dev' });
		expect(repositoryOf(standard.meta, {})).toBeUndefined();
	});

	it('edits a file and browses a folder', () => {
		const repo = { url: 'https://github.com/org/smf', branch: 'main' };
		expect(editUrl(repo, 'content/steps/sv/s05.md')).toBe('https://github.com/org/smf/edit/main/content/steps/sv/s05.md');
		expect(editUrl(repo, 'content/glossary/sv/')).toBe('https://github.com/org/smf/tree/main/content/glossary/sv');
	});

	it('dates a file by its last commit and a folder by its newest file', () => {
		const dates = new Map([
			['content/glossary/sv/a.yaml', new Date('2026-01-01')],
			['content/glossary/sv/b.yaml', new Date('2026-03-01')],
			['content/glossary/en/b.yaml', new Date('2026-05-01')],
		]);
		expect(lastChanged('content/glossary/sv/a.yaml', dates)).toEqual(new Date('2026-01-01'));
		expect(lastChanged('content/glossary/sv/', dates)).toEqual(new Date('2026-03-01'));
		expect(lastChanged('content/steps/sv/', dates)).toBeUndefined();
	});
});
