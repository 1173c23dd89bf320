import { describe, expect, it } from 'vitest';
import { releaseNotesAgree } from '../../../src/validation/rules/release-notes.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';

describe('rule release-notes', () => {
	it('accepts notes that match standard.yaml and the lock', () => {
		const standard = minimalStandard();
		addRelease(standard, { version: '0.2.0', removed: [item('S05.2')] });
		expect(releaseNotesAgree.check(standard)).toEqual([]);
	});

	it('finds a wrong file name, a date that differs and a lock that lags behind', () => {
		const standard = minimalStandard();
		standard.entries.releases.sv[0].file = 'content/releases/sv/0.1.1.yaml';
		standard.meta!.date = '2026-12-01';
		standard.lock!.version = '0.0.9';
		expect(releaseNotesAgree.check(standard)).toEqual([
			expect.objectContaining({ file: 'content/releases/sv/0.1.1.yaml', field: 'version' }),
			expect.objectContaining({ file: 'content/standard.yaml', field: 'date' }),
			expect.objectContaining({ file: 'content/release-lock.yaml', field: 'version' }),
		]);
	});

	it('finds a note that removes an ID that was never released', () => {
		const standard = minimalStandard();
		addRelease(standard, { version: '0.2.0', removed: [item('S99.1')] });
		expect(releaseNotesAgree.check(standard)).toEqual([expect.objectContaining({ file: 'content/releases/sv/0.2.0.yaml', field: 'removed[S99.1]' })]);
	});
});
