/**
 * The standard in one language as plain, sorted data, and the views derived from it (steps by phase, what falls on
 * a role, which steps realise a principle, …). Pages, the JSON export and the tests all derive from here, so nothing
 * is typed twice. Pure functions: no Astro, no file system.
 */
import type { AccessibilityItem } from '../../schemas/accessibility.ts';
import type { Checklist } from '../../schemas/checklist.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Term } from '../../schemas/glossary.ts';
import type { Phase } from '../../schemas/phase.ts';
import type { Principle } from '../../schemas/principle.ts';
import type { Release } from '../../schemas/release.ts';
import type { Role } from '../../schemas/role.ts';
import type { Source } from '../../schemas/source.ts';
import type { StandardMeta } from '../../schemas/standard.ts';
import type { Requirement, Step } from '../../schemas/step.ts';
import { accessibilityAreas } from '../../schemas/accessibility.ts';
import { roleKinds } from '../../schemas/role.ts';
import { newestFirst } from '../releases/history.ts';
import { requirementRoles } from './requirement-roles.ts';

export interface Model {
	lang: Lang;
	meta: StandardMeta;
	sources: Source[];
	principles: Principle[];
	roles: Role[];
	phases: Phase[];
	steps: Step[];
	accessibility: AccessibilityItem[];
	glossary: Term[];
	checklists: Checklist[];
	/** The release notes, newest first. */
	releases: Release[];
}

export type ModelData = Omit<Model, 'lang' | 'meta'>;

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en', { numeric: true });

/** Sorts everything into reading order: phases and steps in process order, roles by kind, the rest by ID or term. */
export function buildModel(lang: Lang, meta: StandardMeta, data: ModelData): Model {
	const phaseOrder = new Map(data.phases.map((p) => [p.id, p.order]));
	const areaOrder = (a: AccessibilityItem) => accessibilityAreas.indexOf(a.area);
	return {
		lang,
		meta,
		sources: [...data.sources].sort(byId),
		principles: [...data.principles].sort(byId),
		roles: [...data.roles].sort((a, b) => roleKinds.indexOf(a.kind) - roleKinds.indexOf(b.kind) || byId(a, b)),
		phases: [...data.phases].sort((a, b) => a.order - b.order),
		steps: [...data.steps].sort((a, b) => (phaseOrder.get(a.phase) ?? 0) - (phaseOrder.get(b.phase) ?? 0) || a.order - b.order),
		accessibility: [...data.accessibility].sort((a, b) => areaOrder(a) - areaOrder(b) || byId(a, b)),
		glossary: [...data.glossary].sort((a, b) => a.term.localeCompare(b.term, lang)),
		checklists: [...data.checklists].sort(byId),
		releases: newestFirst(data.releases ?? []),
	};
}

/** Finds an entry by ID; the validator guarantees it exists, so a miss is a bug worth failing loudly on. */
export function find<T extends { id: string }>(list: T[], id: string): T {
	const found = list.find((item) => item.id === id);
	if (!found) throw new Error(`No entry with id "${id}"`);
	return found;
}

/** Is the role one of the four key actors of the microfinance model? */
export const isKeyActor = (role: Role) => role.kind !== 'stodfunktion';

/** A requirement with the step it belongs to and the roles it falls on (the step's owner unless it says otherwise). */
export interface RequirementInContext extends Requirement {
	step: Step;
	phase: Phase;
	appliesTo: string[];
}

const inContext = new WeakMap<Model, readonly RequirementInContext[]>();

/**
 * Every requirement of the standard in process order, with its step, phase and roles. Worked out once per model: the
 * role, principle, checklist and accessibility views each ask for it, on every page that shows them. So a model is
 * not changed once built (a test that needs another one builds or clones it), and callers only read the result.
 */
export function requirements(model: Model): readonly RequirementInContext[] {
	let all = inContext.get(model);
	if (!all) {
		all = model.steps.flatMap((step) => step.requirements.map((r) => ({ ...r, step, phase: find(model.phases, step.phase), appliesTo: r.roles ?? [step.owner] })));
		inContext.set(model, all);
	}
	return all;
}

/** Steps grouped by phase, in process order; phases without steps are left out. */
export function stepsByPhase(model: Model, steps = model.steps): { phase: Phase; steps: Step[] }[] {
	return model.phases.map((phase) => ({ phase, steps: steps.filter((s) => s.phase === phase.id) })).filter((g) => g.steps.length > 0);
}

/** How a role takes part in a step: as owner, as participant, or not at all. */
export function involvement(step: Step, roleId: string): 'owner' | 'participant' | undefined {
	if (step.owner === roleId) return 'owner';
	return step.participants.includes(roleId) ? 'participant' : undefined;
}

export { requirementRoles };

/**
 * Every requirement that applies to a role (requirement-roles.ts: the roles it falls on and the step's owner), in
 * process order. The one answer to "what applies to my role": the role page, the requirement index filter
 * (/krav/?roll=), the role's checklist (role-checklist.ts) and the self-assessment all use it.
 */
export function requirementsForRole(model: Model, roleId: string): RequirementInContext[] {
	return requirements(model).filter((r) => requirementRoles(r).includes(roleId));
}

/**
 * Everything the standard asks of one role: the steps it owns or takes part in (`involved`), the requirements that
 * apply to it (requirementsForRole), and `steps`: the involved steps plus any other step with such a requirement.
 */
export function roleView(model: Model, roleId: string) {
	const reqs = requirementsForRole(model, roleId);
	const withRequirements = new Set(reqs.map((r) => r.step.id));
	const steps = model.steps.filter((s) => involvement(s, roleId) || withRequirements.has(s.id));
	return { steps, involved: steps.filter((s) => involvement(s, roleId)), requirements: reqs, byPhase: stepsByPhase(model, steps) };
}

/** The steps that realise a principle, and their requirements. */
export function principleView(model: Model, principleId: string) {
	const steps = model.steps.filter((s) => s.principles.includes(principleId));
	return { steps, requirements: requirements(model).filter((r) => r.step.principles.includes(principleId)) };
}

/** The steps and requirements that point at an accessibility item. */
export function accessibilityView(model: Model, itemId: string) {
	return {
		steps: model.steps.filter((s) => s.accessibility.includes(itemId)),
		requirements: requirements(model).filter((r) => r.accessibility?.includes(itemId)),
	};
}
