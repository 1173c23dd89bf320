/** Runs every validation rule over the standard and returns all problems at once. */
import { loadStandard, type LoadResult, type Standard } from '../lib/content/load-standard.ts';
import type { Problem } from '../lib/content/problem.ts';
import type { Rule } from './rule.ts';
import { accessibilityLevels } from './rules/accessibility-levels.ts';
import { conformance } from './rules/conformance.ts';
import { plainLanguage } from './rules/plain-language.ts';
import { plainText } from './rules/plain-text.ts';
import { bodyContent } from './rules/body-content.ts';
import { bodyLinks } from './rules/body-links.ts';
import { safeUrls } from './rules/safe-urls.ts';
import { docsNoImages } from './rules/docs-no-images.ts';
import { principlesRealised } from './rules/principles-realised.ts';
import { idsInReleaseNotes } from './rules/ids-in-release-notes.ts';
import { normativeChangesNoted } from './rules/normative-changes-noted.ts';
import { references } from './rules/references.ts';
import { releaseNotesAgree } from './rules/release-notes.ts';
import { releaseSnapshots } from './rules/release-snapshots.ts';
import { releasedIdsKept } from './rules/released-ids-kept.ts';
import { removedIdsStayRemoved } from './rules/removed-ids-stay-removed.ts';
import { requirementIds } from './rules/requirement-ids.ts';
import { rolesTakePart } from './rules/roles-take-part.ts';
import { stepOrder } from './rules/step-order.ts';
import { phaseOrder } from './rules/phase-order.ts';
import { bodySize } from './rules/body-size.ts';
import { checklistItemIds } from './rules/checklist-item-ids.ts';
import { distinctLists } from './rules/distinct-lists.ts';
import { fileNames } from './rules/file-names.ts';
import { idNumbers } from './rules/id-numbers.ts';
import { requirementRoles } from './rules/requirement-roles.ts';
import { twins } from './rules/twins.ts';
import { uniqueIds } from './rules/unique-ids.ts';

/** The rules, in the order their problems are reported. Schema and YAML problems come first, from the loader. */
export const rules: Rule[] = [
	plainText,
	safeUrls,
	docsNoImages,
	bodyContent,
	bodyLinks,
	uniqueIds,
	requirementIds,
	references,
	twins,
	rolesTakePart,
	principlesRealised,
	stepOrder,
	accessibilityLevels,
	phaseOrder,
	fileNames,
	idNumbers,
	distinctLists,
	requirementRoles,
	bodySize,
	plainLanguage,
	releaseNotesAgree,
	releaseSnapshots,
	removedIdsStayRemoved,
	releasedIdsKept,
	idsInReleaseNotes,
	normativeChangesNoted,
	conformance,
	checklistItemIds,
];

export interface ValidationResult {
	standard: Standard;
	problems: Problem[];
}

/** Reads content/ under `root` (or takes what was already read) and runs every rule; the loaded result is not changed. */
export function validate(root = process.cwd(), loaded: LoadResult = loadStandard(root)): ValidationResult {
	const { standard } = loaded;
	const problems = [...loaded.problems];
	for (const rule of rules) problems.push(...rule.check(standard));
	return { standard, problems };
}
