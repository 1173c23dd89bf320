import { describe, expect, it } from 'vitest';
import { references } from '../../../src/validation/rules/references.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule references', () => {
	it('accepts a standard where every reference resolves', () => {
		expect(references.check(minimalStandard())).toEqual([]);
	});

	it('names the field and suggests the closest ID for a misspelt owner', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv.find((s) => s.data.owner === 'bank')!;
		step.data.owner = 'bnak';
		expect(references.check(standard)).toEqual([
			{ file: step.file, field: 'owner', message: 'role "bnak" does not exist', hint: 'did you mean "bank"?' },
		]);
	});

	it('finds accessibility, principle, source and checklist references that do not exist', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.accessibility = ['TK99'];
		step.data.principles = ['P77'];
		step.data.requirements[0].sources = ['nowhere'];
		const checklist = standard.entries.checklists.en[0];
		checklist.data.items[0].requirements = ['S98.1'];
		const fields = references.check(standard).map((p) => `${p.file} ${p.field}`);
		expect(fields).toEqual([
			`${step.file} accessibility`,
			`${step.file} principles`,
			`${step.file} requirements[${step.data.requirements[0].id}].sources`,
			`${checklist.file} items[01].requirements`,
		]);
	});

	it('finds steps that still use a deleted role', () => {
		const standard = minimalStandard();
		standard.entries.roles.sv = standard.entries.roles.sv.filter((r) => r.data.id !== 'entreprenor');
		const problems = references.check(standard).filter((p) => p.message === 'role "entreprenor" does not exist');
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.file.startsWith('content/') && p.field !== '')).toBe(true);
	});
});
