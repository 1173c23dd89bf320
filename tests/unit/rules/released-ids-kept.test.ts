import { describe, expect, it } from 'vitest';
import { releasedIdsKept } from '../../../src/validation/rules/released-ids-kept.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';

describe('rule released-ids-kept', () => {
	it('accepts a released ID that is gone with a tombstone', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements.pop();
		addRelease(standard, { version: '0.2.0', removed: [item('S05.2')] });
		expect(releasedIdsKept.check(standard)).toEqual([]);
	});

	it('finds a released ID that disappeared without a tombstone, and names the release that added it', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements.pop();
		expect(releasedIdsKept.check(standard)).toEqual([
			expect.objectContaining({ file: 'content/releases/sv/0.1.0.yaml', field: 'added[S05.2]', hint: expect.stringContaining('content/releases/sv/0.2.0.yaml') }),
		]);
	});
});
