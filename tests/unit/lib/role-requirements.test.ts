/** One answer to "what applies to my role": the role page, /krav/?roll=, the role's checklist and the self-assessment. */
import { describe, expect, it } from 'vitest';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { requirements, requirementsForRole, roleView } from '../../../src/lib/model/model.ts';
import { facetsOf, matches } from '../../../src/lib/model/requirement-filter.ts';
import { scopeRequirements } from '../../../src/lib/model/scope.ts';
import { checklistItems } from '../../../src/lib/model/role-checklist.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { syntheticModel } from '../../support/synthetic.ts';

const { standard } = loadStandard(repoRoot);

describe.each([
	['the real content (sv)', modelFromStandard(standard, 'sv')],
	['the real content (en)', modelFromStandard(standard, 'en')],
	['the synthetic model', syntheticModel()],
])('requirementsForRole on %s', (_, model) => {
	it.each(model.roles.map((r) => r.id))('gives one set for %s on its page, in /krav/?roll=, in its checklist and in the self-assessment', (roleId) => {
		const expected = requirementsForRole(model, roleId).map((r) => r.id);
		expect(roleView(model, roleId).requirements.map((r) => r.id)).toEqual(expected);
		expect(requirements(model).filter((r) => matches(facetsOf(r, model), { role: roleId })).map((r) => r.id)).toEqual(expected);
		expect(scopeRequirements(model, roleId).map((r) => r.id)).toEqual(expected);
		const checklist = model.checklists.find((c) => c.id === roleId);
		if (checklist) {
			const named = new Set(checklistItems(model, checklist).flatMap((i) => i.requirements));
			expect(expected.filter((id) => !named.has(id))).toEqual([]);
		}
	});

	it('gives the owner of a step every requirement of that step', () => {
		for (const step of model.steps) {
			const ids = requirementsForRole(model, step.owner).map((r) => r.id);
			for (const r of step.requirements) expect(ids).toContain(r.id);
		}
	});
});

it('gives the public actor S01.2 and S01.3 of the step it owns, and the bank 14 on its page and in its checklist', () => {
	const model = modelFromStandard(standard, 'sv');
	expect(requirementsForRole(model, 'offentlig-aktor').map((r) => r.id)).toEqual(expect.arrayContaining(['S01.2', 'S01.3']));
	expect(roleView(model, 'bank').requirements).toHaveLength(requirementsForRole(model, 'bank').length);
});

it('completes a role’s checklist with an item for each of its requirements no written item names, and leaves other checklists alone', () => {
	const model = modelFromStandard(standard, 'sv');
	const bank = model.checklists.find((c) => c.id === 'bank')!;
	const without = { ...bank, items: bank.items.map((i) => ({ ...i, requirements: i.requirements.filter((r) => r !== 'S16.1') })) };
	const items = checklistItems(model, without);
	expect(items.slice(0, bank.items.length)).toEqual(without.items);
	const named = new Set(without.items.flatMap((i) => i.requirements));
	const missing = roleView(model, 'bank').requirements.filter((r) => !named.has(r.id));
	expect(missing.map((r) => r.id)).toContain('S16.1');
	expect(items.slice(bank.items.length)).toEqual(missing.map((r) => expect.objectContaining({ id: r.id, requirements: [r.id], steps: [r.step.id] })));
	const other = model.checklists.find((c) => !model.roles.some((r) => r.id === c.id))!;
	expect(checklistItems(model, other)).toBe(other.items);
});
