import { describe, expect, it } from 'vitest';
import { fileNames } from '../../../src/validation/rules/file-names.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule file-names', () => {
	it('accepts files named after their IDs', () => {
		expect(fileNames.check(minimalStandard())).toEqual([]);
	});

	it('finds a step file renamed to another ID and a role file with a different name', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.file = 'content/steps/sv/s99-forsta-kontakten.md';
		const role = standard.entries.roles.sv[0];
		role.file = 'content/roles/sv/banken.md';
		expect(fileNames.check(standard)).toEqual([
			{ file: role.file, field: '(file)', message: `holds "${role.data.id}" but is named "banken"`, hint: `rename it to ${role.data.id}.md (the ID stays "${role.data.id}")` },
			{ file: step.file, field: '(file)', message: 'holds "S05" but is named "s99-forsta-kontakten"', hint: 'rename it to s05-forsta-kontakten.md (the ID stays "S05")' },
		]);
	});
});
