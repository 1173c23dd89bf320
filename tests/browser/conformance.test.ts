/**
 * The conformance page in a real Chromium: it shows the rule's numbers from content/conformance/, lists every
 * requirement that may be not applicable with its condition and a working link to it, and has no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { conformanceView, percent } from '../../src/lib/model/conformance-view.ts';
import { localePath, requirementUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import type { Conformance } from '../../src/schemas/conformance.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.each(['sv', 'en'] as Lang[])('the conformance page (%s)', (lang) => {
	const rule = standard.entries.conformance[lang][0].data as Conformance;
	const view = conformanceView(model(lang), rule);
	const path = localePath(lang, 'overensstammelse');

	it('states the rule from the content and links every requirement that may be not applicable', async () => {
		const page = await site.page();
		await page.goto(site.url(path));
		const main = (await page.textContent('main'))!.replace(/\s+/g, ' ');
		expect(main).toContain(rule.title);
		expect(main).toContain(rule.rationale);
		expect(main).toContain(`${percent(rule.borShare)}`);
		const links = await page.$$eval('#ej-tillampligt ~ section li a.smf-id', (as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(view.notApplicable.map((r) => requirementUrl(lang, r.id)));
		for (const r of view.notApplicable) expect(main).toContain(r.notApplicableWhen);
		const target = await page.request.get(site.url(links[0]!.split('#')[0]));
		expect(target.status()).toBe(200);
		expect(await target.text()).toContain(`id="${view.notApplicable[0].id}"`);
	});

	it.each(['light', 'dark'] as const)('has no axe violations in %s mode, 390 px wide', async (scheme) => {
		const page = await site.page({ colorScheme: scheme, viewport: { width: 390, height: 900 } });
		await page.goto(site.url(path));
		const { violations } = await new AxeBuilder({ page: page as never }).withTags(tags).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
	});
});
