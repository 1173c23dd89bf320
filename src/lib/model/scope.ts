/** The requirements in the scope of a self-assessment: the whole partnership, or one role. */
import { partnershipScope } from './conformance.ts';
import { requirements, requirementsForRole, type Model, type RequirementInContext } from './model.ts';

/** Every requirement in the scope: all of them for the partnership, else requirementsForRole. */
export function scopeRequirements(model: Model, scope: string): readonly RequirementInContext[] {
	return scope === partnershipScope ? requirements(model) : requirementsForRole(model, scope);
}
