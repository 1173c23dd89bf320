import { itemHash, itemKey } from '../../lib/releases/checklist-lock.ts';
import type { Entry } from '../../lib/content/load-standard.ts';
import { lockFile } from '../../lib/content/load-standard.ts';
import type { Checklist } from '../../schemas/checklist.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A checklist item keeps its ID across releases: an item whose text, as recorded in the release lock, now sits under
 * another ID was renumbered, and readers' saved ticks and notes would move to the wrong item. Editing an item's wording
 * is fine (its old text is then found under no ID).
 */
export const checklistItemIds: Rule = {
	id: 'checklist-item-ids',
	description: `Checklist items keep their IDs: an item's released text (${lockFile}) is not moved to another ID.`,
	check(standard) {
		const problems: Problem[] = [];
		const locked = standard.lock?.checklistItems;
		if (!locked) return problems;
		for (const c of standard.entries.checklists.sv as Entry<Checklist>[]) {
			const current = new Map(c.data.items.map((item) => [item.id, itemHash(item.text)]));
			for (const item of c.data.items) {
				const hash = current.get(item.id)!;
				if (locked[itemKey(c.data.id, item.id)] === hash) continue;
				const moved = Object.entries(locked).find(([key, h]) => h === hash && key.startsWith(`${c.data.id}#`) && key !== itemKey(c.data.id, item.id));
				if (!moved) continue; // new or reworded: fine
				const oldId = moved[0].split('#')[1];
				if (current.get(oldId) === hash) continue; // the same text under both IDs: a copy, not a move
				problems.push({
					file: c.file,
					field: `items[${item.id}].id`,
					message: `item "${item.id}" has the text that item "${oldId}" had in release ${standard.lock!.version}; readers' saved ticks and notes for "${oldId}" would now belong to another item`,
					hint: `give it back the ID "${oldId}"; a new item takes the next free number, and an item that goes away leaves its number unused`,
				});
			}
		}
		return problems;
	},
};
