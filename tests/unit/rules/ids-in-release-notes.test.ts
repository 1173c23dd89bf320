import { describe, expect, it } from 'vitest';
import { idsInReleaseNotes } from '../../../src/validation/rules/ids-in-release-notes.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';

const newRequirement = { id: 'S05.3', level: 'bör' as const, text: 'Nytt krav.', verify: 'Titta.', sources: ['sus-handbog'] };

describe('rule ids-in-release-notes', () => {
	it('accepts a new ID listed as added in the next release note', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.requirements.push(newRequirement);
		addRelease(standard, { version: '0.2.0', added: [item('S05.3')] });
		expect(idsInReleaseNotes.check(standard)).toEqual([]);
	});

	it('finds a new ID that no release note lists', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.requirements.push(newRequirement);
		expect(idsInReleaseNotes.check(standard)).toEqual([
			expect.objectContaining({ file: step.file, field: 'requirements[S05.3]', hint: expect.stringContaining('content/releases/sv/0.2.0.yaml') }),
		]);
	});
});
