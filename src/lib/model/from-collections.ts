/** Builds the Model for one language from Astro's content collections (for pages; scripts use load-standard.ts). */
import { getCollection, getEntry } from 'astro:content';
import { collectionNames, type CollectionName } from '../../schemas/collections.ts';
import type { Lang } from '../../schemas/common.ts';
import type { StandardMeta } from '../../schemas/standard.ts';
import { buildModel, type Model, type ModelData } from './model.ts';
import type { Bodies, BodyCollection } from './from-disk.ts';
import { standardOnce } from '../content/standard-once.ts';

const cache = new Map<Lang, Promise<Model>>();

/** Version, status and date from content/standard.yaml, as the one reader read it (the validator checked it). */
export function standardMeta(): StandardMeta {
	const { meta } = standardOnce(process.cwd()).standard;
	if (!meta) throw new Error('content/standard.yaml is missing or invalid: run `npm run validate`');
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

/** The Model of one language; built once per build, and afresh on every request in `astro dev` so edits show at once. */
export function getModel(lang: Lang): Promise<Model> {
	if (import.meta.env.DEV) return load(lang);
	if (!cache.has(lang)) cache.set(lang, load(lang));
	return cache.get(lang)!;
}

/** The Astro entry (for rendering its body) of one item: a lookup by ID, not a scan of the collection. */
export function getEntryBody(collection: 'principles' | 'roles' | 'steps', lang: Lang, id: string) {
	return getEntry(collection, `${lang}/${id}`);
}

/** The raw Markdown bodies of the principles, roles and steps of one language, by ID (for the open data). */
export async function getBodies(lang: Lang): Promise<Bodies> {
	const of = async (name: BodyCollection) =>
		// CRLF (a Windows editor) is normalised, so the open data does not depend on who saved the file last.
		Object.fromEntries((await getCollection(name, (e) => e.id.startsWith(`${lang}/`))).map((e) => [e.id.slice(lang.length + 1), (e.body ?? '').replace(/\r\n?/g, '\n')]));
	return { principles: await of('principles'), roles: await of('roles'), steps: await of('steps') };
}

/** Route params for a page that exists in both languages: `lang` is undefined for Swedish (the root locale). */
export const langParams = [
	{ lang: 'sv' as Lang, param: undefined },
	{ lang: 'en' as Lang, param: 'en' },
];

/** getStaticPaths for a page that exists once per language. */
export const langPaths = () => langParams.map(({ param }) => ({ params: { lang: param } }));

/** The collections with a page per entry. */
const pageCollections = ['steps', 'principles', 'roles', 'checklists'] as const;

/**
 * getStaticPaths of a page per entry in both languages (steps, principles, roles, checklists): `id` is the entry ID in
 * lower case. The props carry the entry's `file` (from the content layer), which src/route-data.ts turns into the
 * page's edit link and date.
 */
export async function entryPaths(pick: (model: Model) => { id: string }[]) {
	const paths = [];
	for (const { lang, param } of langParams) {
		const model = await getModel(lang);
		const list = pick(model);
		const collection = pageCollections.find((name) => model[name] === list);
		const files = new Map(collection ? (await getCollection(collection, (e) => e.id.startsWith(`${lang}/`))).map((e) => [e.id, e.filePath]) : []);
		for (const entry of list) {
			paths.push({ params: { lang: param, id: entry.id.toLowerCase() }, props: { id: entry.id, file: files.get(`${lang}/${entry.id}`) } });
		}
	}
	return paths;
}
