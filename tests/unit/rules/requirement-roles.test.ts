import { describe, expect, it } from 'vitest';
import { requirementRoles } from '../../../src/validation/rules/requirement-roles.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule requirement-roles', () => {
	it('accepts requirements with roles or without the field', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements[0].roles = ['bank'];
		expect(requirementRoles.check(standard)).toEqual([]);
	});

	it('finds a requirement with an empty roles list', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		const [r] = step.data.requirements;
		r.roles = [];
		expect(requirementRoles.check(standard)).toEqual([{ file: step.file, field: `requirements[${r.id}].roles`, message: 'is empty, so the requirement applies to no one', hint: expect.stringContaining(step.data.owner) }]);
	});
});
