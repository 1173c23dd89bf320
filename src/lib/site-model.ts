/** Builds the Model for one language from Astro's content collections (for pages; scripts use load-standard.ts). */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectionNames, type CollectionName } from '../schemas/collections.ts';
import type { Lang } from '../schemas/common.ts';
import { standardSchema, type StandardMeta } from '../schemas/standard.ts';
import { buildModel, type Model, type ModelData } from './model.ts';

let meta: StandardMeta | undefined;
const cache = new Map<Lang, Promise<Model>>();

/** Version, status and date from content/standard.yaml (already checked by the validator). */
export function standardMeta(): StandardMeta {
	meta ??= standardSchema.parse(parse(readFileSync(join(process.cwd(), 'content/standard.yaml'), 'utf8')));
	return meta;
}

async function load(lang: Lang): Promise<Model> {
	const data = {} as Record<CollectionName, unknown[]>;
	for (const name of collectionNames) {
		const entries = await getCollection(name, (e) => e.id.startsWith(`${lang}/`));
		data[name] = entries.map((e) => e.data);
	}
	return buildModel(lang, standardMeta(), data as unknown as ModelData);
}

export function getModel(lang: Lang): Promise<Model> {
	if (!cache.has(lang)) cache.set(lang, load(lang));
	return cache.get(lang)!;
}

/** The Astro entry (for rendering its MDX body) of one item. */
export async function getEntryBody(collection: 'principles' | 'roles' | 'steps', lang: Lang, id: string) {
	const entries = await getCollection(collection, (e) => e.id === `${lang}/${id}`);
	return entries[0];
}

/** Route params for a page that exists in both languages: `lang` is undefined for Swedish (the root locale). */
export const langParams = [
	{ lang: 'sv' as Lang, param: undefined },
	{ lang: 'en' as Lang, param: 'en' },
];
export const langOf = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'sv');

/** getStaticPaths for a page that exists once per language. */
export const langPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

/** getStaticPaths for one page per entry and language; the URL segment is the entry's ID in lower case. */
export async function entryPaths(collection: 'principles' | 'roles' | 'steps' | 'checklists') {
	const paths = [];
	for (const { lang, param } of langParams) {
		const model = await getModel(lang);
		for (const { id } of model[collection]) paths.push({ params: { lang: param, id: id.toLowerCase() }, props: { lang, id } });
	}
	return paths;
}
