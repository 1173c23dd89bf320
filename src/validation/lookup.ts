/** Lookups over the loaded standard that several rules share: which IDs exist, per language. */
import type { Entry, Standard } from '../lib/load-standard.ts';
import { collectionNames, type Target } from '../schemas/collections.ts';
import type { Lang } from '../schemas/common.ts';
import type { Step } from '../schemas/step.ts';

/** Every ID that a reference may point at, per target, in one language (entries that failed their schema count too). */
export function knownIds(standard: Standard, lang: Lang): Record<Target, string[]> {
	const ids = {} as Record<Target, string[]>;
	const invalid = standard.invalid.filter((e) => e.lang === lang);
	for (const name of collectionNames) {
		ids[name] = [...standard.entries[name][lang], ...invalid.filter((e) => e.collection === name)].map((e) => e.data.id);
	}
	const steps = [...(standard.entries.steps[lang] as Entry<Step>[]), ...invalid.filter((e) => e.collection === 'steps')];
	ids.requirements = steps.flatMap((e) => (Array.isArray(e.data.requirements) ? e.data.requirements.map((r: { id?: unknown }) => String(r?.id)) : []));
	return ids;
}

/** Every schema-valid entry of every collection, in one list. */
export function allEntries(standard: Standard): Entry[] {
	return collectionNames.flatMap((name) => [...standard.entries[name].sv, ...standard.entries[name].en]);
}
