import { describe, expect, it } from 'vitest';
import { placeholder, placeholderProblems } from '../../../src/lib/content/placeholders.ts';

describe('placeholders', () => {
	it('reports every field and the body that still hold a placeholder', () => {
		const data = { id: 'S26', title: placeholder('sv', 'stegets namn'), requirements: [{ id: 'S26.1', level: placeholder('sv', 'ska eller bör') }] };
		expect(placeholderProblems('f.md', data, '\nFYLL I: hur steget går till.\n')).toEqual([
			{ file: 'f.md', field: 'title', message: 'is not filled in yet', hint: 'replace the placeholder: FYLL I: stegets namn' },
			{ file: 'f.md', field: 'requirements[S26.1].level', message: 'is not filled in yet', hint: 'replace the placeholder: FYLL I: ska eller bör' },
			{ file: 'f.md', field: '(body)', message: 'is not filled in yet', hint: 'replace the placeholder: FYLL I: hur steget går till.' },
		]);
	});

	it('accepts filled-in content, also in English', () => {
		expect(placeholderProblems('f.yaml', { title: 'Fyll i blanketten', text: 'Fill in the form.' })).toEqual([]);
		expect(placeholderProblems('f.yaml', { title: placeholder('en', 'the title') })).toHaveLength(1);
	});
});
