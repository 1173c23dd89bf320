import { describe, expect, it } from 'vitest';
import { roleChecklists } from '../../../src/validation/rules/role-checklists.ts';
import { minimalStandard } from '../../support/fixtures.ts';

/** The minimal standard with its one checklist turned into the public actor's own checklist. */
function withRoleChecklist() {
	const standard = minimalStandard();
	const entry = standard.entries.checklists.sv[0];
	entry.data = { ...entry.data, id: 'offentlig-aktor', audience: ['offentlig-aktor'] };
	standard.entries.checklists.en = [];
	return { standard, entry };
}

describe('rule role-checklists', () => {
	it('leaves checklists that are not a role’s own alone', () => {
		expect(roleChecklists.check(minimalStandard())).toEqual([]);
	});

	it('names each requirement of the role that no item names, and the item to add it to', () => {
		const { standard, entry } = withRoleChecklist();
		const owned = standard.entries.steps.sv.filter((s) => s.data.owner === 'offentlig-aktor' || s.data.requirements.some((r: { roles?: string[] }) => r.roles?.includes('offentlig-aktor')));
		expect(owned.length).toBeGreaterThan(0);
		const problems = roleChecklists.check(standard);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p).toMatchObject({ file: entry.file, message: expect.stringMatching(/^requirement S\d{2}\.\d+ applies to role "offentlig-aktor"/) });
	});

	it('is satisfied once every requirement of the role is named', () => {
		const { standard, entry } = withRoleChecklist();
		const ids = standard.entries.steps.sv.flatMap((s) => s.data.requirements.map((r: { id: string }) => r.id));
		entry.data.items[0].requirements = ids;
		expect(roleChecklists.check(standard)).toEqual([]);
	});
});
