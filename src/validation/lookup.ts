/** Lookups over the loaded standard that several rules share: which IDs exist, per language. */
import type { Entry, Standard } from '../lib/content/load-standard.ts';
import { collectionNames, entryId, type Target } from '../schemas/collections.ts';
import type { Lang } from '../schemas/common.ts';
import type { Release } from '../schemas/release.ts';
import type { Step } from '../schemas/step.ts';
import { histories, nextVersion } from '../lib/releases/history.ts';

/** Every ID that a reference may point at, per target, in one language (entries that failed their schema count too). */
export function knownIds(standard: Standard, lang: Lang): Record<Target, string[]> {
	const ids = {} as Record<Target, string[]>;
	const invalid = standard.invalid.filter((e) => e.lang === lang);
	for (const name of collectionNames) {
		ids[name] = [...standard.entries[name][lang], ...invalid.filter((e) => e.collection === name)].map((e) => entryId(name, e.data));
	}
	const steps = [...(standard.entries.steps[lang] as Entry<Step>[]), ...invalid.filter((e) => e.collection === 'steps')];
	ids.requirements = steps.flatMap((e) => (Array.isArray(e.data.requirements) ? e.data.requirements.map((r: { id?: unknown }) => String(r?.id)) : []));
	return ids;
}

/** Every schema-valid entry of every collection, in one list. */
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
