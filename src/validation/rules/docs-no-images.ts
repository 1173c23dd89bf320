import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A Starlight page in content/docs has no hero image, neither a file nor raw `html`. The site's pages are text, and
 * the docs schema is built once without Astro's image helper (src/content.config.ts says why): for an image file this
 * rule speaks before Astro's build would, and raw `html` only this rule refuses.
 */
export const docsNoImages: Rule = {
	id: 'docs-no-images',
	description: 'Starlight pages in content/docs have no hero image.',
	check(standard) {
		const problems: Problem[] = [];
		for (const page of standard.docPages ?? []) {
			const hero = (page.data as { hero?: { image?: unknown } } | undefined)?.hero;
			if (hero?.image !== undefined) problems.push({ file: page.file, field: 'hero.image', message: 'is an image; the site uses none', hint: 'remove hero.image and say it in words' });
		}
		return problems;
	},
};
