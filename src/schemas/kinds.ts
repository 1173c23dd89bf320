/**
 * The kinds of ID that never change and are never reused (principles, roles, steps, requirements, accessibility items),
 * told apart by the shape of the ID. No Node APIs here, so pages and client code can use it too.
 */
import { accessibilityPattern, principlePattern, requirementPattern, stepPattern } from './id-patterns.ts';

/** The kinds of ID that releases track and that are never reused. */
export type Kind = 'principle' | 'role' | 'step' | 'requirement' | 'accessibility';

/** Words for each kind, in messages and in the diff. */
export const kindNames: Record<Kind, string> = {
	principle: 'principle',
	role: 'role',
	step: 'step',
	requirement: 'requirement',
	accessibility: 'accessibility item',
};

/** The kind of a tracked ID, from its shape: P03, S07, S07.2, TK02, or a slug (a role). */
export function kindOf(id: string): Kind {
	if (principlePattern.test(id)) return 'principle';
	if (stepPattern.test(id)) return 'step';
	if (requirementPattern.test(id)) return 'requirement';
	if (accessibilityPattern.test(id)) return 'accessibility';
	return 'role';
}

const kindRank: Record<Kind, number> = { principle: 0, role: 1, step: 2, requirement: 2, accessibility: 3 };

/** Sorts IDs as the standard reads: principles, roles, steps with their requirements, accessibility items. */
export function byKindAndId(a: string, b: string): number {
	return kindRank[kindOf(a)] - kindRank[kindOf(b)] || a.localeCompare(b, 'en', { numeric: true });
}
