import { kindNames, normativeItems } from '../../lib/releases/normative.ts';
import { releaseNotes } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** An ID that a release removed (a tombstone) never comes back: not for the same thing, not for another. */
export const removedIdsStayRemoved: Rule = {
	id: 'removed-ids-stay-removed',
	description: 'No principle, role, step, requirement or accessibility item uses an ID that a release note removed.',
	check(standard) {
		const problems: Problem[] = [];
		const { history, fileOf } = releaseNotes(standard);
		for (const item of normativeItems(standard).values()) {
			const removed = history.get(item.id)?.removed;
			if (!removed) continue;
			problems.push({
				file: item.file,
				field: item.field,
				message: `${kindNames[item.kind]} "${item.id}" was removed in ${removed.version} (${fileOf(removed.version)}) and may not come back`,
				hint: 'IDs are never reused: give it the next free ID, which `npm run new` picks, and list that ID as added in the next release note',
			});
		}
		return problems;
	},
};
