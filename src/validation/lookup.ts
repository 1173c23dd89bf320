/** Lookups over the loaded standard that several rules share: which IDs exist, per language. */
import type { Entry, Standard } from '../lib/load-standard.ts';
import { collectionNames, entryId, type Target } from '../schemas/collections.ts';
import type { Lang } from '../schemas/common.ts';
import type { Release } from '../schemas/release.ts';
import type { Step } from '../schemas/step.ts';
import { histories, nextVersion } from '../lib/history.ts';

/** Every ID that a reference may point at, per target, in one language. */
export function knownIds(standard: Standard, lang: Lang): Record<Target, string[]> {
	const ids = {} as Record<Target, string[]>;
	for (const name of collectionNames) ids[name] = standard.entries[name][lang].map((e) => entryId(name, e.data));
	ids.requirements = (standard.entries.steps[lang] as Entry<Step>[]).flatMap((e) => e.data.requirements.map((r) => r.id));
	return ids;
}

/** Every entry of every collection, in one list. */
export function allEntries(standard: Standard): Entry[] {
	return collectionNames.flatMap((name) => [...standard.entries[name].sv, ...standard.entries[name].en]);
}

/** The Swedish release notes (the English ones are their twins), with the history of every ID they name. */
export function releaseNotes(standard: Standard) {
	const entries = standard.entries.releases.sv as Entry<Release>[];
	const releases = entries.map((e) => e.data);
	const fileOf = (version: string) => entries.find((e) => e.data.version === version)?.file ?? `content/releases/sv/${version}.yaml`;
	const lastRelease = standard.lock?.version;
	return { entries, releases, fileOf, lastRelease, history: histories(releases), next: nextVersion(releases, lastRelease) };
}
