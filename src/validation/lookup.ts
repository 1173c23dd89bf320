/** Lookups over the loaded standard that several rules share: which IDs exist, per language. */
import type { Entry, Standard } from '../lib/load-standard.ts';
import { collectionNames, type Target } from '../schemas/collections.ts';
import type { Lang } from '../schemas/common.ts';
import type { Step } from '../schemas/step.ts';

/** Every ID that a reference may point at, per target, in one language. */
export function knownIds(standard: Standard, lang: Lang): Record<Target, string[]> {
	const ids = {} as Record<Target, string[]>;
	for (const name of collectionNames) ids[name] = standard.entries[name][lang].map((e) => e.data.id);
	ids.requirements = (standard.entries.steps[lang] as Entry<Step>[]).flatMap((e) => e.data.requirements.map((r) => r.id));
	return ids;
}

/** Every entry of every collection, in one list. */
export function allEntries(standard: Standard): Entry[] {
	return collectionNames.flatMap((name) => [...standard.entries[name].sv, ...standard.entries[name].en]);
}
