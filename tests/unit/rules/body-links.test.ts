import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../../src/validation/rules/body-links.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule body-links', () => {
	it('accepts links to pages and requirement anchors that content builds, in both languages', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].body += '\n[Steg 6](/steg/s06/), [krav](/steg/s05/#S05.2), [ordlistan](/en/ordlista/), [data](/standard.json), [rubrik](/steg/s06/#varde), [ute](https://example.org/x/).\n';
		expect(bodyLinks.check(standard)).toEqual([]);
	});

	it('finds a missing page and a missing requirement anchor, with the line and the closest target', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		const lines = step.body!.split('\n').length;
		step.body += '\n[steg 99](/steg/s96/)\n\n[krav](/steg/s05/#S05.9)\n';
		expect(bodyLinks.check(standard)).toEqual([
			{ file: step.file, field: `(body, line ${step.bodyLine! + lines})`, message: 'links to "/steg/s96/", a page the site does not have', hint: 'did you mean "/steg/s06/"?' },
			{ file: step.file, field: `(body, line ${step.bodyLine! + lines + 2})`, message: 'links to "#S05.9" on /steg/s05/, which has no such anchor', hint: 'did you mean "/steg/s05/#S05.1"?' },
		]);
	});
});
