import { kindNames, kindOf, normativeItems } from '../../lib/releases/normative.ts';
import { knownIds, releaseNotes } from '../lookup.ts';
import { mayStillExist, unreadableFiles } from '../present-ids.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * An ID that a release note added or changed still exists, unless a release note removed it (its tombstone).
 * An ID in a file that fails its schema or cannot be read still exists: that file's own problem is the message.
 */
export const releasedIdsKept: Rule = {
	id: 'released-ids-kept',
	description: 'Every ID that a release note added or changed still exists, or a release note lists it as removed.',
	check(standard) {
		const problems: Problem[] = [];
		const { history, fileOf, next } = releaseNotes(standard);
		const current = normativeItems(standard);
		const ids = knownIds(standard, 'sv');
		const unreadable = unreadableFiles(standard);
		for (const [id, h] of history) {
			if (h.removed || current.has(id) || mayStillExist(standard, id, ids, unreadable)) continue;
			const version = h.added ?? h.changed[0];
			problems.push({
				file: fileOf(version),
				field: `${h.added ? 'added' : 'changed'}[${id}]`,
				message: `${kindNames[kindOf(id)]} "${id}" is in release ${version} but no longer exists, and no release note removes it`,
				hint: `restore it, or list it under "removed" with a why in content/releases/sv/${next}.yaml and content/releases/en/${next}.yaml`,
			});
		}
		return problems;
	},
};
