/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) over the reader pages of issue #4 in both languages and both colour schemes,
 * including their JavaScript states: the filtered requirement index and the checklist after a refused import.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

function pages(lang: Lang): [string, string, ((page: Page) => Promise<void>)?][] {
	const m = model(lang);
	return [
		['process map', pageUrl(lang, 'process')],
		['responsibility matrix', pageUrl(lang, 'matrix')],
		['requirement index, filtered', `${pageUrl(lang, 'requirements')}?niva=ska&q=${encodeURIComponent(m.steps[0].title.split(' ')[0])}`],
		['print page', pageUrl(lang, 'print')],
		['step', pageUrl(lang, 'steps', m.steps.at(-1)!.id)],
		['role', pageUrl(lang, 'roles', m.roles[0].id)],
		['principle', pageUrl(lang, 'principles', m.principles[0].id)],
		['steps', pageUrl(lang, 'steps')],
		['accessibility', pageUrl(lang, 'accessibility')],
		['glossary', pageUrl(lang, 'glossary')],
		['sources', pageUrl(lang, 'sources')],
		['checklist, ticked, noted and after a refused import', pageUrl(lang, 'checklists', m.checklists[0].id), async (page) => {
			await page.waitForSelector('.smf-tool:not([hidden])');
			await page.check('.smf-checklist input[type=checkbox]');
			await page.fill('.smf-checklist textarea', 'Belägg');
			await page.setInputFiles('#checklist-import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
			await page.waitForSelector('[role=alert]:not(:empty)');
		}],
	];
}

describe.each(['sv', 'en'] as Lang[])('axe on the reader pages (%s)', (lang) => {
	const wide = pages(lang).flatMap(([name, path, act]) => (['dark', 'light'] as const).map((scheme) => ({ name: `${name}, ${scheme}`, path, act, scheme, width: 1280 })));
	const narrow = pages(lang).slice(0, 3).map(([name, path, act]) => ({ name: `${name}, 390 px wide`, path, act, scheme: 'light' as const, width: 390 }));
	it.each([...wide, ...narrow])(
		'$name has no violations',
		async ({ path, act, scheme, width }) => {
			const page = await site.page({ colorScheme: scheme, viewport: { width, height: 900 } });
			await page.goto(site.url(path));
			await act?.(page);
			const { violations } = await new AxeBuilder({ page: page as never }).withTags(tags).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
		},
	);
});
