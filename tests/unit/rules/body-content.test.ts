import { describe, expect, it } from 'vitest';
import { bodyContent, bodyProblems } from '../../../src/validation/rules/body-content.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule body-content', () => {
	it('accepts Markdown, asides, links to the site, https: and mailto:', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].body += '\n:::note\nEn notis med [ett steg](/steg/s06/), [en sida](https://example.org) och [post](mailto:a@example.org).\n:::\n';
		expect(bodyContent.check(standard)).toEqual([]);
	});

	it('finds raw HTML, a script and a javascript: link in a .md body, at the file line', () => {
		const problems = bodyProblems('content/principles/sv/p01.md', 'Text.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n', 10, false);
		expect(problems).toEqual([
			{ file: 'content/principles/sv/p01.md', field: '(body, line 12)', message: 'raw HTML `<script>alert(1)</script>` is not allowed in a body', hint: expect.stringContaining('Markdown') },
			{ file: 'content/principles/sv/p01.md', field: '(body, line 14)', message: 'the link "javascript:alert(1)" is not allowed', hint: expect.stringContaining('https://') },
		]);
	});

	it('finds an export, an expression and a component in an .mdx docs page', () => {
		const body = 'export const x = process.env.HOME\n\nHem: {x}\n\n<Nope onerror="alert(1)" />\n';
		expect(bodyProblems('content/docs/x.mdx', body, 5, true).map((p) => `${p.field}: ${p.message}`)).toEqual([
			'(body, line 5): `export const x = process.env.HOME` is code, not content',
			'(body, line 7): `{x}` is a JavaScript expression',
			'(body, line 9): `<Nope>` is a component that is not allowed here',
		]);
	});

	it('reads a .md step body as Markdown: an export is text, raw HTML is stopped', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.body = 'export const x = process.env.HOME\n\n<Nope onerror="alert(1)" />\n';
		expect(bodyContent.check(standard).map((p) => p.field)).toEqual([`(body, line ${step.bodyLine! + 2})`]);
	});

	it('lets a docs page import the allowed components only, and checks their attributes', () => {
		const body = "import { CardGrid, LinkCard } from '@astrojs/starlight/components';\nimport Evil from '../evil.astro';\n\n<CardGrid><LinkCard title=\"x\" href=\"javascript:alert(1)\" onclick=\"x\" /></CardGrid>\n";
		expect(bodyProblems('content/docs/index.mdx', body, 1, true).map((p) => p.message)).toEqual([
			"`import Evil from '../evil.astro';` is code, not content",
			'`<LinkCard href="javascript:alert(1)">` is not a safe link',
			'`<LinkCard>` has the event handler "onclick"',
		]);
	});

	it('reports an MDX syntax error as one problem with its line', () => {
		expect(bodyProblems('content/docs/x.mdx', 'Text\n\n<div>\n', 20, false)).toEqual([expect.objectContaining({ field: expect.stringMatching(/^\(body, line \d+\)$/), message: expect.stringContaining('Expected a closing tag for `<div>`') })]);
	});
});
