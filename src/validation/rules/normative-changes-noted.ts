import { lockFile } from '../../lib/content/load-standard.ts';
import { hashContent, kindNames, normativeItems } from '../../lib/releases/normative.ts';
import { pendingReleases } from '../../lib/releases/history.ts';
import { releaseNotes } from '../lookup.ts';
import { releaseHistoryBroken } from '../present-ids.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A released ID whose normative content (text, level, roles, references; see src/lib/releases/normative.ts) differs from the
 * hash in the release lock is listed as changed in the release note being prepared. Checkable without git.
 */
export const normativeChangesNoted: Rule = {
	id: 'normative-changes-noted',
	description: `A released ID whose normative content no longer matches ${lockFile} is listed as changed in the next release note.`,
	check(standard) {
		const problems: Problem[] = [];
		const { releases, lastRelease, next } = releaseNotes(standard);
		if (!standard.lock || releaseHistoryBroken(standard)) return problems;
		const noted = new Set(pendingReleases(releases, lastRelease).flatMap((r) => r.changed.map((c) => c.id)));
		for (const item of normativeItems(standard).values()) {
			const released = standard.lock.hashes[item.id];
			if (!released || noted.has(item.id) || hashContent(item.content) === released) continue;
			problems.push({
				file: item.file,
				field: item.field,
				message: `the normative content of ${kindNames[item.kind]} "${item.id}" changed since release ${lastRelease}, but no release note says so`,
				hint: `list it under "changed" with a why in content/releases/sv/${next}.yaml and content/releases/en/${next}.yaml, or undo the change; \`npm run diff -- main\` shows what changed`,
			});
		}
		return problems;
	},
};
