import { describe, expect, it } from 'vitest';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { hashAll, kindOf, normativeItems } from '../../../src/lib/releases/normative.ts';
import { requirementChanges, snapshotJson, snapshotOf } from '../../../src/lib/model/snapshot.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { releaseSnapshots } from '../../../src/validation/rules/release-snapshots.ts';
import { minimalStandard, repoRoot } from '../../support/fixtures.ts';

const { standard } = loadStandard(repoRoot);

describe('the snapshots of released versions', () => {
	it('has one for every released version, valid against its schema', () => {
		expect(releaseSnapshots.check(standard)).toEqual([]);
		for (const snapshot of Object.values(standard.snapshots!)) expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
		expect(Object.keys(standard.snapshots!)).toContain('0.1.0');
	});

	it('tells the current content from the last release as the release lock does', () => {
		const lock = standard.lock!;
		const snapshot = standard.snapshots![lock.version];
		const model = modelFromStandard(standard, 'sv');
		const changes = requirementChanges(snapshot, 'sv', model);
		// Expected sets from the lock (IDs and hashes of the release), not from the snapshot.
		const lockedRequirements = Object.keys(lock.hashes).filter((id) => kindOf(id) === 'requirement');
		const current = model.steps.flatMap((s) => s.requirements.map((r) => r.id));
		expect(changes.added).toEqual(current.filter((id) => !lockedRequirements.includes(id)));
		expect(changes.removed).toEqual(lockedRequirements.filter((id) => !current.includes(id)));
		expect(Object.keys(snapshot.sv.requirements).sort()).toEqual([...lockedRequirements].sort());
		// A change of level or text changes the requirement's hash, so every changed one is off the lock.
		const hashes = hashAll(normativeItems(standard));
		for (const id of changes.changed) expect(hashes[id]).not.toBe(lock.hashes[id]);
	});

	it('finds a known change: one text changed, one requirement removed, one added', () => {
		const before = minimalStandard();
		const snapshot = snapshotOf(before);
		const after = minimalStandard();
		const [first, second] = after.entries.steps.sv[0].data.requirements;
		first.text = 'En ny lydelse.';
		after.entries.steps.sv[0].data.requirements = [first, { ...second, id: `${second.id.split('.')[0]}.9` }];
		const changes = requirementChanges(snapshot, 'sv', modelFromStandard(after, 'sv'));
		expect(changes).toEqual({ added: [`${second.id.split('.')[0]}.9`], changed: [first.id], removed: [second.id] });
	});

	it('writes stable JSON that reads back the same', () => {
		const snapshot = snapshotOf(minimalStandard());
		expect(snapshotSchema.parse(JSON.parse(snapshotJson(snapshot)))).toEqual(snapshot);
		expect(snapshotJson(snapshotOf(minimalStandard()))).toBe(snapshotJson(snapshot));
	});
});

describe('rule release-snapshots', () => {
	it('finds a released version without a snapshot', () => {
		const s = minimalStandard();
		s.snapshots = {};
		expect(releaseSnapshots.check(s)).toEqual([expect.objectContaining({ file: 'content/snapshots/0.1.0.json', message: 'release 0.1.0 has no snapshot of its content' })]);
	});
});
