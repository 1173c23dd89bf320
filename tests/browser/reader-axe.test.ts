/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) over the states of the reader pages that pages.test.ts (every page as loaded,
 * light and dark, 1280 px) does not see: the filtered requirement index, a checklist after ticks, a note and a refused
 * import, the wide figures and tables on a 390 px phone screen (light and dark), the phone menu on the home page and the
 * matrix by role. (axe cannot run in a page with JavaScript off.)
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { model, useSite } from '../support/site.ts';

const site = useSite();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

function pages(lang: Lang): [string, string, ((page: Page) => Promise<void>)?][] {
	const m = model(lang);
	return [
		['requirement index, filtered', `${pageUrl(lang, 'requirements')}?niva=ska&q=${encodeURIComponent(m.steps[0].title.split(' ')[0])}`],
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
	const states = pages(lang).flatMap(([name, path, act]) => (['dark', 'light'] as const).map((scheme) => ({ name: `${name}, ${scheme}`, path, act, scheme, width: 1280 })));
	const phone: [string, string][] = [['process map', pageUrl(lang, 'process')], ['responsibility matrix', pageUrl(lang, 'matrix')], ['requirement index', pageUrl(lang, 'requirements')]];
	const narrow = phone.flatMap(([name, path]) => (['dark', 'light'] as const).map((scheme) => ({ name: `${name}, 390 px wide, ${scheme}`, path, act: undefined, scheme, width: 390 })));
	const menu = (['dark', 'light'] as const).map((scheme) => ({
		name: `home page on a phone with the menu open, ${scheme}`,
		path: lang === 'en' ? '/en/' : '/',
		act: (page: Page) => page.click('button[popovertarget="starlight__sidebar"]'),
		scheme,
		width: 390,
	}));
	const matrixByRole = (['dark', 'light'] as const).map((scheme) => ({
		name: `responsibility matrix by role on a phone, a role opened, ${scheme}`,
		path: pageUrl(lang, 'matrix'),
		act: (page: Page) => page.click('.smf-byrole summary'),
		scheme,
		width: 390,
	}));
	it.each([...states, ...narrow, ...menu, ...matrixByRole])(
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
