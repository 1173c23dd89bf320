import { describe, expect, it } from 'vitest';
import { involvement, principleView, requirements, roleView } from '../../../src/lib/model/model.ts';
import { syntheticModel } from '../../support/synthetic.ts';

const model = syntheticModel();

describe('roleView', () => {
	it.each(model.roles.map((r) => r.id))('covers every step %s owns or takes part in, every requirement that falls on it and every requirement of a step it owns', (roleId) => {
		const view = roleView(model, roleId);
		const involved = model.steps.filter((s) => s.owner === roleId || s.participants.includes(roleId));
		expect(view.involved).toEqual(involved);
		const falling = requirements(model).filter((r) => r.step.owner === roleId || (r.roles ?? [r.step.owner]).includes(roleId));
		expect(view.requirements.map((r) => r.id)).toEqual(falling.map((r) => r.id));
		for (const r of view.requirements) expect(view.steps).toContain(r.step);
		for (const s of involved) expect(view.steps).toContain(s);
	});

	it('keeps a step where the role only has a requirement, without calling it owner or participant', () => {
		const view = roleView(model, 'granskare');
		expect(view.involved).toEqual([]);
		expect(view.steps.map((s) => s.id)).toEqual(['S13']);
		expect(view.requirements.map((r) => r.id)).toEqual(['S13.3']);
		expect(involvement(view.steps[0], 'granskare')).toBeUndefined();
	});

	it('groups the steps by phase in process order', () => {
		const view = roleView(model, 'entreprenor');
		const phases = view.byPhase.map((g) => g.phase.id);
		expect(phases).toEqual(model.phases.map((p) => p.id).filter((p) => phases.includes(p)));
		expect(view.byPhase.flatMap((g) => g.steps)).toEqual(view.steps);
	});
});

describe('principleView', () => {
	it('gives the steps that name the principle and all their requirements', () => {
		const view = principleView(model, 'P06');
		expect(view.steps.map((s) => s.id)).toEqual(model.steps.filter((s) => s.principles.includes('P06')).map((s) => s.id));
		expect(view.requirements.map((r) => r.id)).toEqual(view.steps.flatMap((s) => s.requirements.map((r) => r.id)));
		expect(view.steps.length).toBeGreaterThan(0);
	});
});
