import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { standard, useSite } from '../support/site.ts';

const site = useSite();

/** The asides a body opens (`:::note[Label]`, `:::tip`), with the label the reader should see (Markdown escapes such as `EU\:s` undone). */
function asidesIn(body: string, lang: Lang): { type: string; label: string }[] {
	const ui = standard.ui[lang]!;
	return [...body.matchAll(/^:::(note|tip|caution|danger)(?:\[(.+)\])?\s*$/gm)].map(([, type, label]) => ({ type, label: label?.replace(/\\(.)/g, '$1') ?? ui[`aside.${type}`] }));
}

describe.each(['sv', 'en'] as Lang[])('asides in step bodies (%s)', (lang) => {
	const steps = standard.entries.steps[lang].map((e) => ({ id: e.data.id as string, asides: asidesIn(e.body ?? '', lang) })).filter((s) => s.asides.length > 0);

	it('the content has asides to check (else this test would prove nothing)', () => {
		expect(steps.length).toBeGreaterThan(0);
	});

	it('render as Starlight asides, named by their label, on every step page that has one', async () => {
		const page = await site.page({ viewport: { width: 1280, height: 900 } });
		for (const step of steps) {
			await page.goto(site.url(pageUrl(lang, 'steps', step.id)));
			const rendered = await page.$$eval('.sl-markdown-content aside.starlight-aside', (as) =>
				as.map((a) => ({ type: /starlight-aside--(\w+)/.exec(a.className)![1], label: a.getAttribute('aria-label'), title: a.querySelector('.starlight-aside__title')?.textContent?.trim() })),
			);
			expect(rendered, step.id).toEqual(step.asides.map((a) => ({ ...a, title: a.label })));
		}
	});
});
