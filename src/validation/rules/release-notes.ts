import { lockFile } from '../../lib/content/load-standard.ts';
import { compareVersions } from '../../lib/releases/semver.ts';
import { releaseNotes } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

const metaFile = 'content/standard.yaml';

/**
 * The release notes agree with themselves and with content/standard.yaml and the lock: a note's file is named after
 * its version, the current version has a note with the same date and status, the lock records the current version,
 * and a note removes only IDs that an earlier note added.
 */
export const releaseNotesAgree: Rule = {
	id: 'release-notes',
	description: 'Release notes are named after their version, match content/standard.yaml and the lock, and remove only released IDs.',
	check(standard) {
		const problems: Problem[] = [];
		const { entries, history, lastRelease } = releaseNotes(standard);
		for (const lang of ['sv', 'en'] as const) {
			for (const e of standard.entries.releases[lang]) {
				if (!e.file.endsWith(`/${e.data.version}.yaml`)) problems.push({ file: e.file, field: 'version', message: `"${e.data.version}" does not match the file name`, hint: `rename the file to ${e.data.version}.yaml or correct the version` });
			}
		}
		const meta = standard.meta;
		if (meta) {
			const current = entries.find((e) => e.data.version === meta.version);
			// A note whose file is there but broken has its own problem already; "has no release note" would mislead.
			const broken = standard.files.includes(`content/releases/sv/${meta.version}.yaml`);
			if (!current && !broken) {
				problems.push({ file: metaFile, field: 'version', message: `version ${meta.version} has no release note`, hint: `add content/releases/sv/${meta.version}.yaml and content/releases/en/${meta.version}.yaml; \`npm run release-note -- ${meta.version}\` drafts them` });
			} else if (current) {
				for (const field of ['date', 'status'] as const) {
					if (current.data[field] !== meta[field]) problems.push({ file: metaFile, field, message: `"${meta[field]}" differs from "${current.data[field]}" in ${current.file}`, hint: 'the version, its date and its status are set together by `npm run release`; make them the same' });
				}
			}
			if (!standard.lock && entries.length > 0) problems.push({ file: lockFile, field: '(file)', message: 'is missing or could not be read', hint: `run \`npm run release -- ${meta.version}\` to record the release` });
			if (lastRelease && lastRelease !== meta.version) problems.push({ file: lockFile, field: 'version', message: `records release ${lastRelease}, but ${metaFile} says ${meta.version}`, hint: `run \`npm run release -- ${meta.version}\` to record the release` });
		}
		for (const e of entries) {
			for (const item of e.data.removed) {
				const added = history.get(item.id)?.added;
				if (!added || compareVersions(added, e.data.version) >= 0) problems.push({ file: e.file, field: `removed[${item.id}]`, message: `"${item.id}" was never released before ${e.data.version}, so there is nothing to remove`, hint: 'an ID that was never released is simply deleted; remove the line' });
			}
		}
		return problems;
	},
};
