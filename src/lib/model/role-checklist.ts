/**
 * The items of a checklist as the page shows them. A role's own checklist (the one whose ID is the role's ID) is
 * completed from requirementsForRole: every requirement of the role that no hand-written item names becomes an item of
 * its own (ID and text of the requirement), after the written ones. So the role page, /krav/?roll=, the role's
 * checklist and the self-assessment always give one answer, and a new requirement needs no checklist edit; the
 * written items stay, because one action often serves several requirements and reads better than their texts.
 */
import type { Checklist, ChecklistItem } from '../../schemas/checklist.ts';
import { requirementsForRole, type Model } from './model.ts';

export function checklistItems(model: Model, checklist: Checklist): ChecklistItem[] {
	if (!model.roles.some((r) => r.id === checklist.id)) return checklist.items;
	const named = new Set(checklist.items.flatMap((i) => i.requirements));
	const derived = requirementsForRole(model, checklist.id)
		.filter((r) => !named.has(r.id))
		.map((r) => ({ id: r.id, text: r.text, weeks: r.step.weeks, steps: [r.step.id], requirements: [r.id], accessibility: [] }));
	return [...checklist.items, ...derived];
}

/** An item ID as used in element IDs ("07", or "S26-1" for a derived item "S26.1"). */
export const itemSlug = (id: string): string => id.replace('.', '-');
