/**
 * The Model and the entry bodies of one language from the standard as read from disk (load-standard.ts), for scripts
 * and tests; pages get the same Model from Astro's collections (site-model.ts).
 */
import { collectionNames, type CollectionName } from '../../schemas/collections.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Standard } from '../content/load-standard.ts';
import { buildModel, type Model, type ModelData } from './model.ts';

/** The collections whose entries have a Markdown body. */
export type BodyCollection = 'principles' | 'roles' | 'steps';

/** The Markdown body of every principle, role and step, by ID. */
export type Bodies = Record<BodyCollection, Record<string, string>>;

/** The Model of one language; the standard must be valid (run the validator first). */
export function modelFromStandard(standard: Standard, lang: Lang): Model {
	if (!standard.meta) throw new Error('content/standard.yaml is missing or invalid');
	const data = Object.fromEntries(collectionNames.map((name: CollectionName) => [name, standard.entries[name][lang].map((e) => e.data)]));
	return buildModel(lang, standard.meta, data as unknown as ModelData);
}

/** The bodies of one language, by collection and ID. */
export function bodiesFromStandard(standard: Standard, lang: Lang): Bodies {
	const of = (name: BodyCollection) => Object.fromEntries(standard.entries[name][lang].map((e) => [e.data.id, e.body ?? '']));
	return { principles: of('principles'), roles: of('roles'), steps: of('steps') };
}
