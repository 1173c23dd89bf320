import { describe, expect, it } from 'vitest';
import { histories, newestFirst, nextVersion, pendingReleases } from '../../../src/lib/releases/history.ts';
import { releaseSchema } from '../../../src/schemas/release.ts';

const note = (version: string, lists: Record<string, string[]>) =>
	releaseSchema.parse({
		version,
		date: '2027-01-01',
		status: 'utkast',
		summary: 'x',
		...Object.fromEntries(Object.entries(lists).map(([list, ids]) => [list, ids.map((id) => ({ id, why: `why ${id}` }))])),
	});

const releases = [note('0.10.0', { changed: ['S01.1'], removed: ['S01.2'] }), note('0.1.0', { added: ['S01', 'S01.1', 'S01.2'] }), note('0.2.0', { changed: ['S01.1'], added: ['S02'] })];

describe('history', () => {
	it('gives every ID the version it came in, the versions that changed it and its tombstone', () => {
		const h = histories(releases);
		expect(h.get('S01.1')).toEqual({ added: '0.1.0', changed: ['0.2.0', '0.10.0'] });
		expect(h.get('S01.2')).toEqual({ added: '0.1.0', changed: [], removed: { version: '0.10.0', why: 'why S01.2' } });
		expect(h.get('S02')?.added).toBe('0.2.0');
	});

	it('sorts the notes newest first', () => {
		expect(newestFirst(releases).map((r) => r.version)).toEqual(['0.10.0', '0.2.0', '0.1.0']);
	});

	it('knows the notes after the last release and the next version', () => {
		expect(pendingReleases(releases, '0.2.0').map((r) => r.version)).toEqual(['0.10.0']);
		expect(nextVersion(releases, '0.2.0')).toBe('0.10.0');
		expect(nextVersion(releases, '0.10.0')).toBe('0.11.0');
		expect(nextVersion([], undefined)).toBe('0.1.0');
	});
});
