import { kindNames, normativeItems } from '../../lib/releases/normative.ts';
import { releaseNotes } from '../lookup.ts';
import { releaseHistoryBroken } from '../present-ids.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * Every principle, role, step, requirement and accessibility item is in the release note of the version that added it.
 * While a Swedish release note or standard.yaml is broken the history is unknown: their own problems are the message.
 */
export const idsInReleaseNotes: Rule = {
	id: 'ids-in-release-notes',
	description: 'Every principle, role, step, requirement and accessibility item is listed as added in a release note.',
	check(standard) {
		const problems: Problem[] = [];
		if (releaseHistoryBroken(standard)) return problems;
		const { history, next } = releaseNotes(standard);
		for (const item of normativeItems(standard).values()) {
			if (history.get(item.id)?.added) continue;
			problems.push({
				file: item.file,
				field: item.field,
				message: `${kindNames[item.kind]} "${item.id}" is new but in no release note`,
				hint: `list it under "added" with a why in content/releases/sv/${next}.yaml and content/releases/en/${next}.yaml; \`npm run release-note -- ${next}\` drafts them`,
			});
		}
		return problems;
	},
};
