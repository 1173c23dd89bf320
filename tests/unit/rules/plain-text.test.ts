import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/validation/rules/plain-text.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule plain-text', () => {
	it('accepts the fixture, whose fields are plain text (a lone "<" or "&" in prose is fine)', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.summary = 'Lån < 100 000 kr & inga säkerheter.';
		expect(plainText.check(standard)).toEqual([]);
	});

	it('finds a title that breaks out of <title>, naming the file and field', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.title = 'Första mötet</title><script>alert(1)</script>';
		expect(plainText.check(standard)).toEqual([{ file: step.file, field: 'title', message: expect.stringContaining('contains markup ("</title>'), hint: expect.stringContaining('Markdown body') }]);
	});

	it('finds an entity, a comment and a control character in nested fields', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		const [r] = step.data.requirements;
		r.text = 'Banken &lt;b&gt;ska&lt;/b&gt; svara.';
		standard.entries.checklists.sv[0].data.items[0].text = 'Ring <!-- dolt -->';
		standard.entries.roles.sv[0].data.name = 'Bank\u0007';
		const problems = plainText.check(standard);
		expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
			`${standard.entries.roles.sv[0].file}: name`,
			`${step.file}: requirements[${r.id}].text`,
			`${standard.entries.checklists.sv[0].file}: items[${standard.entries.checklists.sv[0].data.items[0].id}].text`,
		]);
		expect(problems[0].message).toContain('U+0007');
	});

	it('checks the frontmatter of Starlight pages too (their hero is written unescaped)', () => {
		const standard = minimalStandard();
		const page = standard.docPages![0];
		page.data = { title: 'Hem', hero: { tagline: '<img src=x onerror=alert(1)>' } };
		expect(plainText.check(standard)).toEqual([expect.objectContaining({ file: page.file, field: 'hero.tagline', message: expect.stringContaining('contains markup') })]);
	});
});
