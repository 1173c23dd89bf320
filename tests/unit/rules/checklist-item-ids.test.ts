import { describe, expect, it } from 'vitest';
import { checklistItemHashes } from '../../../src/lib/releases/checklist-lock.ts';
import { checklistItemIds } from '../../../src/validation/rules/checklist-item-ids.ts';
import { minimalStandard } from '../../support/fixtures.ts';

/** The fixture, with a second checklist item, and its items recorded in the lock as `npm run release` does. */
function released() {
	const standard = minimalStandard();
	const items = standard.entries.checklists.sv[0].data.items;
	items.push({ ...items[0], id: '02', text: 'Boka det andra mötet.' });
	standard.lock!.checklistItems = checklistItemHashes(standard);
	return standard;
}

describe('rule checklist-item-ids', () => {
	it('accepts reworded, added and removed items', () => {
		const standard = released();
		const items = standard.entries.checklists.sv[0].data.items;
		items[0].text = `${items[0].text} Nu med fler ord.`;
		items.splice(1, 1);
		items.push({ ...items[0], id: '99', text: 'En ny punkt.' });
		expect(checklistItemIds.check(standard)).toEqual([]);
	});

	it('finds two items that swapped IDs', () => {
		const standard = released();
		const checklist = standard.entries.checklists.sv[0];
		const [a, b] = checklist.data.items;
		[a.text, b.text] = [b.text, a.text];
		expect(checklistItemIds.check(standard)).toEqual([
			expect.objectContaining({ file: checklist.file, field: `items[${a.id}].id`, message: expect.stringContaining(`has the text that item "${b.id}" had in release`) }),
			expect.objectContaining({ file: checklist.file, field: `items[${b.id}].id`, message: expect.stringContaining(`has the text that item "${a.id}" had in release`) }),
		]);
	});
});
