import { snapshotFile } from '../../lib/model/snapshot.ts';
import { compareVersions } from '../../lib/releases/semver.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * Every released version (a release note up to the version in the release lock) has its snapshot, so that work saved
 * on it can be shown old against new. (The loader checks each snapshot's schema and that it names its file's version.)
 */
export const releaseSnapshots: Rule = {
	id: 'release-snapshots',
	description: 'Every released version has its snapshot in content/snapshots/.',
	check(standard) {
		const problems: Problem[] = [];
		if (!standard.lock) return problems;
		const snapshots = standard.snapshots ?? {};
		for (const note of standard.entries.releases.sv) {
			const version = note.data.version as string;
			if (compareVersions(version, standard.lock.version) > 0 || snapshots[version]) continue;
			problems.push({
				file: snapshotFile(version),
				field: '(file)',
				message: `release ${version} has no snapshot of its content`,
				hint: `write it with \`npm run release -- --snapshot ${version} --commit <the release's commit>\``,
			});
		}
		return problems;
	},
};
