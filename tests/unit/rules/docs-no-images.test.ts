import { describe, expect, it } from 'vitest';
import { docsNoImages } from '../../../src/validation/rules/docs-no-images.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule docs-no-images', () => {
	const page = (data: unknown) => ({ file: 'content/docs/om.mdx', lang: 'sv' as const, body: '', bodyLine: 1, data });

	it('accepts a hero with a tagline and actions only', () => {
		const standard = minimalStandard();
		standard.docPages = [page({ title: 'Om', hero: { tagline: 'Text.', actions: [] } }), page({ title: 'Utan hero' })];
		expect(docsNoImages.check(standard)).toEqual([]);
	});

	it.each([
		['an image file', { file: '../../assets/bild.png', alt: 'En bild' }],
		['light and dark images', { dark: '../../assets/mork.png', light: '../../assets/ljus.png', alt: 'En bild' }],
		['raw html', { html: '<svg></svg>' }],
	])('finds a hero image (%s), with file, field and the fix', (_kind, image) => {
		const standard = minimalStandard();
		standard.docPages = [page({ title: 'Om', hero: { image } })];
		expect(docsNoImages.check(standard)).toEqual([{ file: 'content/docs/om.mdx', field: 'hero.image', message: 'is an image; the site uses none', hint: 'remove hero.image and say it in words' }]);
	});
});
