import { entryId } from '../../schemas/collections.ts';
import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** No two entries of a collection share an ID in the same language; no two checklist items share an ID. */
export const uniqueIds: Rule = {
	id: 'unique-ids',
	description: 'IDs are unique within each collection and language, and item IDs within each checklist.',
	check(standard) {
		const problems: Problem[] = [];
		const seen = new Map<string, string>();
		for (const entry of allEntries(standard)) {
			const id = entryId(entry.collection, entry.data);
			const key = `${entry.collection}/${entry.lang}/${id}`;
			const first = seen.get(key);
			if (first) {
				problems.push({ file: entry.file, field: 'id', message: `"${id}" is already used by ${first}`, hint: 'give this entry the next free ID; IDs are never shared or reused' });
			} else seen.set(key, entry.file);
		}
		for (const entry of [...standard.entries.checklists.sv, ...standard.entries.checklists.en]) {
			const items = new Set<string>();
			for (const item of entry.data.items) {
				if (items.has(item.id)) problems.push({ file: entry.file, field: `items[${item.id}].id`, message: `item ID "${item.id}" appears twice in the checklist`, hint: 'give the item the next free number' });
				items.add(item.id);
			}
		}
		return problems;
	},
};
