import { describe, expect, it } from 'vitest';
import { rolesTakePart } from '../../../src/validation/rules/roles-take-part.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule roles-take-part', () => {
	it('accepts roles that all own or take part in a step', () => {
		expect(rolesTakePart.check(minimalStandard())).toEqual([]);
	});

	it('finds a role that takes part in no step', () => {
		const standard = minimalStandard();
		for (const step of standard.entries.steps.sv) step.data.participants = step.data.participants.filter((p: string) => p !== 'entreprenor');
		const role = standard.entries.roles.sv.find((r) => r.data.id === 'entreprenor')!;
		expect(rolesTakePart.check(standard)).toEqual([expect.objectContaining({ file: role.file, field: 'id', message: 'role "entreprenor" takes part in no step' })]);
	});
});
