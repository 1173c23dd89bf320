import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../../src/validation/rules/unique-ids.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule unique-ids', () => {
	it('accepts a standard whose IDs are unique', () => {
		expect(uniqueIds.check(minimalStandard())).toEqual([]);
	});

	it('names the second file when two steps share an ID', () => {
		const standard = minimalStandard();
		const [first, second] = standard.entries.steps.sv;
		second.data = { ...second.data, id: first.data.id };
		const problems = uniqueIds.check(standard);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: second.file, field: 'id' });
		expect(problems[0].message).toContain(first.file);
	});

	it('finds two checklist items with the same ID', () => {
		const standard = minimalStandard();
		const checklist = standard.entries.checklists.sv[0];
		checklist.data.items.push({ ...checklist.data.items[0] });
		expect(uniqueIds.check(standard)).toEqual([expect.objectContaining({ file: checklist.file, field: 'items[01].id' })]);
	});
});
