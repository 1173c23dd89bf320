import { describe, expect, it } from 'vitest';
import { removedIdsStayRemoved } from '../../../src/validation/rules/removed-ids-stay-removed.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';

describe('rule removed-ids-stay-removed', () => {
	it('accepts a standard that uses no removed ID', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements.pop();
		addRelease(standard, { version: '0.2.0', removed: [item('S05.2')] });
		expect(removedIdsStayRemoved.check(standard)).toEqual([]);
	});

	it('names the file and the ID that came back', () => {
		const standard = minimalStandard();
		addRelease(standard, { version: '0.2.0', removed: [item('S05.2'), item('P13')] });
		const step = standard.entries.steps.sv.find((s) => s.data.id === 'S05')!;
		const principle = standard.entries.principles.sv.find((p) => p.data.id === 'P13')!;
		expect(removedIdsStayRemoved.check(standard)).toEqual([
			expect.objectContaining({ file: principle.file, field: 'id', message: expect.stringContaining('"P13" was removed in 0.2.0') }),
			expect.objectContaining({ file: step.file, field: 'requirements[S05.2]', message: expect.stringContaining('"S05.2" was removed in 0.2.0') }),
		]);
	});
});
