/**
 * The history of every tracked ID, read from the release notes: the version it came in, the versions that changed
 * it and, for a removed ID, its tombstone. Pure functions over the notes of one language.
 */
import type { Release } from '../../schemas/release.ts';
import { bumpVersion, compareVersions } from './semver.ts';

/** Where one ID stands in the release notes. */
export interface IdHistory {
	/** The version that added it. */
	added?: string;
	/** The versions that changed it, oldest first. */
	changed: string[];
	/** The version that removed it, and why: the tombstone. */
	removed?: { version: string; why: string };
}

/** The release notes from the oldest to the newest. */
export const oldestFirst = (releases: readonly Release[]) => [...releases].sort((a, b) => compareVersions(a.version, b.version));

/** The release notes from the newest to the oldest, as /versioner/ shows them. */
export const newestFirst = (releases: readonly Release[]) => oldestFirst(releases).reverse();

/** The history of every ID that any release note names. */
export function histories(releases: readonly Release[]): Map<string, IdHistory> {
	const map = new Map<string, IdHistory>();
	const of = (id: string) => map.get(id) ?? map.set(id, { changed: [] }).get(id)!;
	for (const release of oldestFirst(releases)) {
		for (const item of release.added) of(item.id).added ??= release.version;
		for (const item of release.changed) of(item.id).changed.push(release.version);
		for (const item of release.removed) of(item.id).removed ??= { version: release.version, why: item.why };
	}
	return map;
}

const cache = new WeakMap<readonly Release[], Map<string, IdHistory>>();

/** The history of one ID (computed once per list of notes, so every requirement on a page can ask cheaply). */
export function historyOf(releases: readonly Release[], id: string): IdHistory {
	if (!cache.has(releases)) cache.set(releases, histories(releases));
	return cache.get(releases)!.get(id) ?? { changed: [] };
}

/** Notes of versions after the last release (the lock's version): the next release, being prepared. */
export function pendingReleases(releases: readonly Release[], lastRelease: string | undefined): Release[] {
	return releases.filter((r) => lastRelease === undefined || compareVersions(r.version, lastRelease) > 0);
}

/** The anchor of a version on the versions page, e.g. "v0.2.0". */
export const versionAnchor = (version: string) => `v${version}`;

/** The version the next release note should have: the one being prepared, or the last release bumped by a minor step. */
export function nextVersion(releases: readonly Release[], lastRelease: string | undefined): string {
	const pending = oldestFirst(pendingReleases(releases, lastRelease));
	return pending[0]?.version ?? bumpVersion(lastRelease ?? '0.0.0', 'minor');
}
